import { beforeAll, describe, expect, it } from 'vitest';
import { loadExample } from '../../course/examples';
import { createDockerSession, executeKey, executeLine, streamText } from '../docker/index';
import type { DockerSession } from '../docker/types';

const calc = loadExample('go-calculator');

/** Runs `line` and splits what it printed by stream. */
function sh(s: DockerSession, line: string) {
  const result = executeLine(s, line);
  return {
    ...result,
    stdout: streamText(result, 'stdout'),
    stderr: streamText(result, 'stderr'),
    notes: streamText(result, 'note'),
  };
}

/** A session with the three calculator images: calc-ubuntu, calc-scratch and calc-distroless. */
function session(): DockerSession {
  let now = 1_000_000;
  const s = createDockerSession({ context: calc.context, now: () => (now += 1000) });
  for (const [tag, file] of [
    ['calc-ubuntu', 'Dockerfile.single-stage'],
    ['calc-scratch', 'Dockerfile.multi-stage'],
    ['calc-distroless', 'Dockerfile.distroless'],
  ])
    expect(sh(s, `docker build -q -t ${tag} -f ${file} .`).exitCode).toBe(0);
  return s;
}

const RUNC =
  'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ';

let base: DockerSession;
beforeAll(() => {
  base = session();
});

/** A fresh session sharing the built images (builds are the slow part). */
function fresh(): DockerSession {
  let now = 2_000_000;
  const s = createDockerSession({ context: calc.context, now: () => (now += 1000) });
  s.images = base.images.map((i) => ({ ...i, tags: [...i.tags] }));
  return s;
}

describe('programs over the image: present in Ubuntu, absent in scratch and distroless', () => {
  it('ls / lists the Ubuntu image one name per line when not on a terminal', () => {
    const r = sh(fresh(), 'docker run --rm --entrypoint ls calc-ubuntu /');
    expect(r.exitCode).toBe(0);
    const names = r.stdout.trim().split('\n');
    for (const n of ['app', 'bin', 'etc', 'proc', 'tmp', 'usr', '.dockerenv']) expect(names).toContain(n);
    expect(names).toEqual([...names].sort());
  });

  it.each(['calc-scratch', 'calc-distroless'])(
    'ls in %s: runc’s "executable file not found in $PATH", exit 127',
    (image) => {
      const s = fresh();
      const r = sh(s, `docker run --rm --entrypoint ls ${image} /`);
      // docker/cli v28+ framing; runc ≥ 1.2 may add "error during container init: " (the engine's text).
      expect(r.stderr.startsWith(RUNC)).toBe(true);
      expect(r.stderr.slice(RUNC.length)).toMatch(
        /^(error during container init: )?exec: "ls": executable file not found in \$PATH: unknown\n\nRun 'docker run --help' for more information\n$/,
      );
      expect(r.exitCode).toBe(127);
      // --rm removes it; without --rm the container stays "Created".
      expect(sh(s, 'docker ps -a -q').stdout).toBe('');
      sh(s, `docker run --entrypoint sh ${image}`);
      expect(sh(s, 'docker ps -a').stdout).toMatch(/Created/);
    },
  );

  it('ls -la shows modes and the model’s sizes; times are unknown, not made up', () => {
    const r = sh(fresh(), 'docker run --rm --entrypoint ls calc-ubuntu -la /app');
    expect(r.stdout).toMatch(/^-rwxr-xr-x 1 root root +\d+ \? \/app\n$/);
    expect(r.notes).toMatch(/times are not modelled/);
  });

  it('a folder the model summarises is listed in part, and says so', () => {
    const r = sh(fresh(), 'docker run --rm --entrypoint ls calc-ubuntu /usr/bin');
    expect(r.stdout.split('\n')).toContain('ls');
    expect(r.notes).toMatch(/Not every file of \/usr\/bin is listed/);
  });

  it('cat of a file from the build context, head and wc over it', () => {
    const s = fresh();
    const cat = sh(s, 'docker run --rm --entrypoint cat calc-ubuntu /calculator.go');
    expect(cat.stdout).toBe(calc.context.files.find((f) => f.path === 'calculator.go')?.content);
    const head = sh(s, 'docker run --rm --entrypoint head calc-ubuntu -n 1 /calculator.go');
    expect(head.stdout.split('\n')).toHaveLength(2);
    const wc = sh(s, 'docker run --rm --entrypoint wc calc-ubuntu -l /calculator.go');
    expect(wc.stdout).toMatch(/^\d+ \/calculator.go\n$/);
    expect(sh(s, 'docker run --rm --entrypoint cat calc-ubuntu /nope').stderr).toBe(
      'cat: /nope: No such file or directory\n',
    );
    expect(sh(s, 'docker run --rm --entrypoint ls calc-ubuntu /nope').stderr).toBe(
      "ls: cannot access '/nope': No such file or directory\n",
    );
    expect(sh(s, 'docker run --rm --entrypoint ls calc-ubuntu /nope').exitCode).toBe(2);
  });

  it('a binary’s contents and /etc/passwd’s lines are unknown, not invented', () => {
    const s = fresh();
    const bin = sh(s, 'docker run --rm --entrypoint cat calc-ubuntu /app');
    expect(bin.stdout).toBe('');
    expect(bin.notes).toMatch(/binary/);
    expect(bin.unknown).toBe(true);
    expect(sh(s, 'docker run --rm --entrypoint cat calc-ubuntu /etc/passwd').stdout).toBe('');
  });

  it('env, id, whoami, pwd follow the image’s ENV, USER and WORKDIR and the run’s flags', () => {
    const s = fresh();
    const env = sh(s, 'docker run --rm -e GREETING=hi --entrypoint env calc-ubuntu').stdout;
    expect(env).toMatch(/^PATH=\/usr\/local\/sbin:.*\nHOSTNAME=[0-9a-f]{12}\n/);
    expect(env).toContain('GO111MODULE=off\n');
    expect(env).toContain('GREETING=hi\n');
    expect(env).toContain('HOME=/root\n');
    expect(sh(s, 'docker run --rm --entrypoint id calc-ubuntu').stdout).toBe(
      'uid=0(root) gid=0(root) groups=0(root)\n',
    );
    expect(sh(s, 'docker run --rm -u 1000 --entrypoint id calc-ubuntu').stdout).toBe(
      'uid=1000 gid=0(root) groups=0(root)\n',
    );
    expect(sh(s, 'docker run --rm -u 1000 --entrypoint whoami calc-ubuntu').stderr).toBe(
      'whoami: cannot find name for user ID 1000\n',
    );
    expect(sh(s, 'docker run --rm -w /tmp --entrypoint pwd calc-ubuntu').stdout).toBe('/tmp\n');
  });

  it('which, readlink, stat, file, ldd, du, uname', () => {
    const s = fresh();
    expect(sh(s, 'docker run --rm --entrypoint which calc-ubuntu ls').stdout).toBe('/usr/bin/ls\n');
    expect(sh(s, 'docker run --rm --entrypoint readlink calc-ubuntu /bin/sh').stdout).toBe('/usr/bin/dash\n');
    expect(sh(s, 'docker run --rm --entrypoint stat calc-ubuntu /app').stdout).toMatch(
      /^ {2}File: \/app\n {2}Size: \d+\t\tregular file\nAccess: \(0755\/-rwxr-xr-x\)/,
    );
    const ldd = sh(s, 'docker run --rm --entrypoint ldd calc-ubuntu /app');
    expect(ldd.stdout).toBe('\tnot a dynamic executable\n');
    expect(ldd.exitCode).toBe(1);
    // golang-go's Recommends bring some 80 packages whose programs the catalog does not list: whether
    // `file` is among them can't be told (a false "not found" would be worse).
    const file = sh(s, 'docker run --rm --entrypoint file calc-ubuntu /app');
    expect(file.stderr).toBe('');
    expect(file.notes).toMatch(
      /Can't tell whether the image has file: .*package golang-go is installed but its file list is not known/,
    );
    expect(sh(s, 'docker run --rm --entrypoint du calc-ubuntu -sh /app').stdout).toMatch(/^1\.\dM\t\/app\n$/);
    expect(sh(s, 'docker run --rm --entrypoint uname calc-ubuntu').stdout).toBe('Linux\n');
    expect(sh(s, 'docker run --rm --entrypoint uname calc-ubuntu -r').unknown).toBe(true);
  });

  it('touch, mkdir, rm write the container’s layer; --read-only refuses; docker diff lists it', () => {
    const s = fresh();
    expect(sh(s, 'docker run --name wr --entrypoint mkdir calc-ubuntu -p /data/x').exitCode).toBe(0);
    expect(sh(s, 'docker diff wr').stdout).toBe('A /data\nA /data/x\n');
    const ro = sh(s, 'docker run --rm --read-only --entrypoint touch calc-ubuntu /x');
    expect(ro.stderr).toBe("touch: cannot touch '/x': Read-only file system\n");
    expect(ro.exitCode).toBe(1);
    expect(sh(s, 'docker run --rm --entrypoint rm calc-ubuntu /tmp').stderr).toBe(
      "rm: cannot remove '/tmp': Is a directory\n",
    );
    expect(sh(s, 'docker run --rm -u nonroot --entrypoint touch calc-ubuntu /x').stderr).toBe(
      "touch: cannot touch '/x': Permission denied\n",
    );
  });

  it('apt-get finds no package lists and says what it would install; curl has no network', () => {
    const s = fresh();
    const apt = sh(s, 'docker run --rm --entrypoint apt-get calc-ubuntu install -y curl');
    expect(apt.stdout).toBe(
      'Reading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\n',
    );
    expect(apt.stderr).toBe('E: Unable to locate package curl\n');
    expect(apt.exitCode).toBe(100);
    expect(apt.notes).toMatch(/would install curl, which the catalog counts as [\d.]+ MB \(MEASURED/);
    // The figure is what its source measured; the note does not claim more (dependencies) for it.
    expect(apt.notes).not.toMatch(/and its dependencies: about/);
  });
});

describe('interactive: docker run -it', () => {
  it('the talk’s demo: the calculator waits at its prompt and answers each line', () => {
    const s = fresh();
    const start = sh(s, 'docker run -it calc-scratch');
    expect(start.stdout).toBe("Hi there, I am a calculator app built with Go. Let's do some maths!\n");
    expect(start.prompt).toMatch(/^Enter any calculation .*: $/);
    const answer = sh(s, '2 * 100');
    expect(answer.stdout).toBe('Result: 200\n');
    expect(answer.prompt).toBe(start.prompt);
    expect(sh(s, '7 / 2').stdout).toBe('Result: 3\n');
    const exit = sh(s, 'exit');
    expect(exit.stdout).toBe('');
    expect(exit.prompt).toBe('$ ');
    expect(sh(s, 'docker ps -a').stdout).toMatch(/"\/app" .* Exited \(0\)/);
  });

  it('Ctrl+C stops it (the Go runtime exits 2 as PID 1); Ctrl+D makes it loop until Ctrl+C', () => {
    const s = fresh();
    sh(s, 'docker run -it --name ca calc-distroless');
    const c = executeKey(s, 'interrupt');
    expect(c.exitCode).toBe(2);
    expect(c.prompt).toBe('$ ');
    sh(s, 'docker run -it --rm calc-distroless');
    const d = executeKey(s, 'eof');
    expect(streamText(d, 'stdout')).toMatch(/Invalid input\. Try again\./);
    expect(streamText(d, 'note')).toMatch(/Ctrl\+C/);
    expect(executeKey(s, 'interrupt').prompt).toBe('$ ');
    expect(sh(s, 'docker ps -aq').stdout.trim().split('\n')).toHaveLength(1);
  });

  it('without -i standard input stays closed: today’s loop, stopped by the model', () => {
    const r = sh(fresh(), 'docker run --rm calc-scratch');
    expect(r.exitCode).toBe(137);
    expect(r.notes).toMatch(/simulator stopped it here/);
  });

  it('-it with bash gives Ubuntu’s prompt; cd, ls, exit leave and stop the container', () => {
    const s = fresh();
    const r = sh(s, 'docker run -it --name ub --entrypoint bash calc-ubuntu');
    expect(r.prompt).toMatch(/^root@[0-9a-f]{12}:\/# $/);
    expect(sh(s, 'cd /tmp && touch hello && ls').stdout).toBe('hello\n');
    expect(sh(s, 'pwd').prompt).toMatch(/:\/tmp# $/);
    expect(sh(s, '/nope/x').stderr).toBe('bash: /nope/x: No such file or directory\n');
    // Not a known program, but golang-go's Recommends are not all listed: can't tell, not bash's 127.
    const nope = sh(s, 'nope');
    expect(nope.stderr).toBe('');
    expect(nope.notes).toMatch(/Can't tell whether this image has nope: .*golang-go is installed/);
    sh(s, '/nope/x');
    expect(sh(s, 'echo $?').stdout).toBe('127\n');
    const exit = sh(s, 'exit 3');
    expect(exit.stderr).toBe('exit\n');
    expect(exit.prompt).toBe('$ ');
    expect(sh(s, 'docker ps -a').stdout).toMatch(/Exited \(3\).* ub\n/);
    expect(sh(s, 'docker diff ub').stdout).toBe('C /tmp\nA /tmp/hello\n');
  });

  it('redirections write the container’s files; a read-only one refuses in the shell’s words', () => {
    const s = fresh();
    sh(s, 'docker run -it --rm --entrypoint bash calc-ubuntu');
    expect(sh(s, 'echo hi > /tmp/a && echo there >> /tmp/a && cat < /tmp/a | wc -l').stdout).toBe('2\n');
    sh(s, 'exit');
    sh(s, 'docker run -it --rm --read-only --entrypoint sh calc-ubuntu');
    const r = sh(s, 'echo x > /x');
    expect(r.stderr).toBe('sh: 1: cannot create /x: Read-only file system\n');
    expect(r.exitCode).toBe(2);
  });

  it('Ctrl+C in a shell gives a new prompt, Ctrl+D leaves it', () => {
    const s = fresh();
    sh(s, 'docker run -it --rm --entrypoint sh calc-ubuntu');
    const c = executeKey(s, 'interrupt');
    expect(c.prompt).toBe('# ');
    expect(executeKey(s, 'eof').prompt).toBe('$ ');
  });
});

describe('containers: ps, logs, exec, stop/start/restart, rm, cp, top, prune', () => {
  it('docker run -d prints the id; ps lists it Up; logs show its output', () => {
    const s = fresh();
    const r = sh(s, 'docker run -d --name calc -p 8080:80 calc-distroless');
    expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const ps = sh(s, 'docker ps').stdout.split('\n');
    expect(ps[0]).toMatch(/^CONTAINER ID {3}IMAGE +COMMAND +CREATED +STATUS +PORTS +NAMES$/);
    expect(ps[1]).toMatch(
      new RegExp(
        `^${r.stdout.slice(0, 12)} {3}calc-distroless +"/app" +\\d+ seconds? ago +Up \\d+ seconds? +0\\.0\\.0\\.0:8080->80/tcp, \\[::\\]:8080->80/tcp +calc$`,
      ),
    );
    expect(sh(s, 'docker logs calc').stdout).toMatch(/^Hi there.*\nEnter any calculation/);
    // --no-trunc: the whole id, and a command longer than 20 characters in full.
    expect(sh(s, 'docker ps -q --no-trunc').stdout).toBe(r.stdout);
    sh(s, 'docker run -d --name long --entrypoint sleep busybox 100000000000000');
    expect(sh(s, 'docker ps').stdout).toContain('"sleep 1000000000000…"');
    expect(sh(s, 'docker ps --no-trunc').stdout).toContain('"sleep 100000000000000"');
  });

  it('exec into a distroless container fails as runc says, exit 127; into Ubuntu it gives a shell', () => {
    const s = fresh();
    sh(s, 'docker run -d --name dl calc-distroless');
    const fail = sh(s, 'docker exec -it dl sh');
    // The daemon writes it to the exec's own output stream.
    expect(fail.stdout).toBe(
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "sh": executable file not found in $PATH: unknown\n',
    );
    expect(fail.exitCode).toBe(127);
    sh(s, 'docker run -dit --name ub calc-ubuntu');
    const shell = sh(s, 'docker exec -it ub bash');
    expect(shell.prompt).toMatch(/^root@[0-9a-f]{12}:\/# $/);
    expect(sh(s, 'ls /app').stdout).toBe('/app\n');
    expect(sh(s, 'exit').prompt).toBe('$ ');
    // Leaving an exec'd shell does not stop the container.
    expect(sh(s, 'docker ps').stdout).toMatch(/ ub\n/);
    expect(sh(s, 'docker exec ub ls /nope').stderr).toBe(
      "ls: cannot access '/nope': No such file or directory\n",
    );
  });

  it('Docker’s errors: no such container, not running, name in use, running container rm', () => {
    const s = fresh();
    expect(sh(s, 'docker logs ghost').stderr).toBe('Error response from daemon: No such container: ghost\n');
    sh(s, 'docker run --name done --entrypoint true calc-ubuntu');
    const id = sh(s, 'docker ps -aq').stdout.trim();
    expect(sh(s, 'docker exec done ls').stderr).toMatch(
      new RegExp(`^Error response from daemon: container ${id}[0-9a-f]{52} is not running\n$`),
    );
    // The name already in use, and rm of a running container: wording.test.ts checks their texts.
    expect(sh(s, 'docker run --name done calc-ubuntu').exitCode).toBe(125);
  });

  it('stop, start, restart print the names; a stopped shell exits 137', () => {
    const s = fresh();
    sh(s, 'docker run -dit --name b1 --entrypoint bash calc-ubuntu');
    expect(sh(s, 'docker stop b1').stdout).toBe('b1\n');
    expect(sh(s, 'docker ps -a').stdout).toMatch(/Exited \(137\)/);
    expect(sh(s, 'docker start b1').stdout).toBe('b1\n');
    expect(sh(s, 'docker ps').stdout).toMatch(/Up/);
    expect(sh(s, 'docker restart b1').stdout).toBe('b1\n');
    expect(sh(s, 'docker top b1').stdout).toMatch(
      /^UID +PID +PPID +C +STIME +TTY +TIME +CMD\nroot +\? +\? +\? +\? +pts\/0 +\? +bash\n$/,
    );
  });

  it('docker cp both ways between a container and the build context', () => {
    const s = fresh();
    sh(s, 'docker run -dit --name ub --entrypoint bash calc-ubuntu');
    const out = sh(s, 'docker cp ub:/app ./app-copy');
    expect(out.stderr).toMatch(/^Successfully copied 1\.\d+MB \(transferred 1\.\d+MB\) to \.\/app-copy\n$/);
    expect(sh(s, 'ls').stdout.split('\n')).toContain('app-copy');
    expect(sh(s, 'docker cp README.md ub:/tmp/').exitCode).toBe(0);
    expect(sh(s, 'docker exec ub ls /tmp').stdout).toBe('README.md\n');
    expect(sh(s, 'docker cp ub:/nope .').stderr).toBe(
      'Error response from daemon: Could not find the file /nope in container ub\n',
    );
  });

  it('container prune asks first, then lists what it deleted', () => {
    const s = fresh();
    sh(s, 'docker run --entrypoint true calc-ubuntu');
    const ask = sh(s, 'docker container prune');
    expect(ask.stdout).toBe('WARNING! This will remove all stopped containers.\n');
    expect(ask.prompt).toBe('Are you sure you want to continue? [y/N] ');
    expect(sh(s, 'y').stdout).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/);
    expect(sh(s, 'docker ps -aq').stdout).toBe('');
  });
});

describe('debugging distroless', () => {
  it('docker debug: a toolbox shell beside the container’s files, even without a shell in it', () => {
    const s = fresh();
    sh(s, 'docker run -d --name app calc-distroless');
    const r = sh(s, 'docker debug app');
    expect(r.prompt).toMatch(/\[app\]\ndocker > $/);
    expect(sh(s, 'ls /').stdout).toMatch(/\bapp\b/);
    expect(sh(s, 'exit').prompt).toBe('$ ');
  });

  it('a busybox sharing the PID namespace reaches the files through /proc/1/root', () => {
    const s = fresh();
    sh(s, 'docker run -d --name app calc-distroless');
    const r = sh(s, 'docker run -it --rm --pid=container:app --network=container:app busybox');
    expect(r.stderr).toMatch(/^Unable to find image 'busybox:latest' locally\n/);
    expect(r.prompt).toBe('/ # ');
    expect(sh(s, 'ls /proc/1/root').stdout).toMatch(/\bapp\b/);
    // BusyBox's ps sees the target's process as PID 1 (by uid: busybox has no user nonroot).
    expect(sh(s, 'ps').stdout).toMatch(
      /^PID {3}USER {5}TIME {2}COMMAND\n {4}1 65532 {8}\? \/app\n.* sh\n.* ps\n$/,
    );
    expect(sh(s, 'cat /proc/1/root/nope').stderr).toBe(
      "cat: can't open '/proc/1/root/nope': No such file or directory\n",
    );
    expect(sh(s, 'exit').prompt).toBe('$ ');
    expect(sh(s, 'docker run --rm --pid=container:ghost busybox').stderr).toMatch(/No such container: ghost/);
  });
});

describe('hardening a container', () => {
  it('--read-only refuses writes everywhere but a --tmpfs, for root and for a non-root user', () => {
    const s = fresh();
    const ro = sh(s, 'docker run --rm --read-only --entrypoint touch calc-ubuntu /tmp/x');
    expect(ro.stderr).toMatch(/Read-only file system/);
    const tmp = sh(s, 'docker run --rm --read-only --tmpfs /tmp --entrypoint touch calc-ubuntu /tmp/x');
    expect(tmp.exitCode).toBe(0);
    expect(tmp.stderr).toBe('');
    const elsewhere = sh(s, 'docker run --rm --read-only --tmpfs /tmp --entrypoint touch calc-ubuntu /x');
    expect(elsewhere.stderr).toMatch(/Read-only file system/);
    sh(s, 'docker run -it --rm --read-only --tmpfs /cache:size=64m --user 65532 --entrypoint sh calc-ubuntu');
    expect(sh(s, 'echo hi > /cache/note').stderr).toBe('');
    expect(sh(s, 'cat /cache/note').stdout).toBe('hi\n');
    expect(sh(s, 'echo hi > /note').stderr).toMatch(/Read-only file system/);
    sh(s, 'exit');
  });

  it('accepts --cap-drop, --security-opt and --init, and says what is not modelled', () => {
    const s = fresh();
    const r = sh(
      s,
      'docker run --rm --cap-drop=ALL --security-opt no-new-privileges --init --entrypoint true calc-ubuntu',
    );
    expect(r.exitCode).toBe(0);
    expect(r.notes).toMatch(/--cap-drop=ALL, --security-opt no-new-privileges: accepted, but/);
    expect(r.notes).toMatch(/--init: .*tini.* PID 1/);
  });
});

describe('a catalogued image’s unlisted system folders', () => {
  it('cat of a file there is can’t tell, not "No such file"; ls says the listing is partial', () => {
    const s = fresh();
    const cat = sh(s, 'docker run --rm debian:bookworm cat /etc/debian_version');
    expect(cat.stderr).not.toMatch(/No such file/);
    expect(cat.notes).toMatch(/Can't tell whether \/etc\/debian_version exists/);
    const ls = sh(s, 'docker run --rm debian:bookworm ls /etc');
    expect(ls.stdout.split('\n')).toContain('passwd');
    expect(ls.notes).toMatch(/Not every file of \/etc is listed/);
    const alpine = sh(s, 'docker run --rm alpine cat /etc/alpine-release');
    expect(alpine.stderr).not.toMatch(/No such file/);
    expect(alpine.notes).toMatch(/Can't tell/);
    // The operating-system images have the standard top-level folders, empty ones included.
    const root = sh(s, 'docker run --rm ubuntu:22.04 ls /').stdout.split('\n');
    for (const d of ['boot', 'home', 'mnt', 'opt', 'srv', 'var']) expect(root).toContain(d);
    expect(sh(s, 'docker run --rm alpine ls /opt').stdout).toBe('');
    // Where applications go is still definite.
    expect(sh(s, 'docker run --rm debian:bookworm ls /app').stderr).toMatch(/No such file or directory/);
  });
});

describe('official images’ entrypoint scripts', () => {
  it('docker run -it node:24 bash gives a shell; postgres ls /etc runs ls; ps keeps the script', () => {
    const s = fresh();
    const bash = sh(s, 'docker run -it --name n1 node:24 bash');
    expect(bash.notes).toMatch(/docker-entrypoint\.sh \(nodejs\/docker-node\) runs `bash`/);
    expect(sh(s, 'whoami').stdout).toBe('root\n');
    sh(s, 'exit');
    const ls = sh(s, 'docker run --rm postgres ls /etc');
    expect(ls.stdout.split('\n')).toContain('passwd');
    expect(sh(s, 'docker ps -a').stdout).toMatch(/"docker-entrypoint\.s…"/);
    // The terminal asks the same question of a file as the engine: executable or not.
    expect(sh(s, 'docker run --rm node:24 /etc/passwd').notes).toMatch(/runs `node \/etc\/passwd`/);
  });

  it('memcached and mariadb: a command runs as itself (as the image’s user), an option goes to the server', () => {
    const s = fresh();
    expect(sh(s, 'docker run --rm memcached id').stdout).toBe(
      'uid=11211(memcache) gid=11211(memcache) groups=11211(memcache)\n',
    );
    expect(sh(s, 'docker run --rm memcached -vv').notes).toMatch(
      /runs `memcached -vv`.*put memcached in front/,
    );
    expect(sh(s, 'docker run --rm mariadb --help').notes).toMatch(/runs `mariadbd --help`/);
  });
});

describe('which where the model cannot look', () => {
  it('prints what it finds and says which names it cannot tell, instead of a silent miss', () => {
    const r = sh(fresh(), 'docker run --rm --entrypoint which postgres pg_ctl ls');
    expect(r.stdout).toBe('/usr/bin/ls\n');
    expect(r.notes).toMatch(
      /Can't tell whether pg_ctl is on PATH \(\/usr\/lib\/postgresql\/\d+\/bin\/pg_ctl\): the catalog lists only some files of postgres/,
    );
    // Where every folder on PATH is known, a miss is a miss: exit 1, no note.
    const miss = sh(fresh(), 'docker run --rm --entrypoint which debian:bookworm-slim nope');
    expect(miss.exitCode).toBe(1);
    expect(miss.notes).not.toMatch(/cannot be told/);
  });
});
