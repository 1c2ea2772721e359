import { describe, expect, it } from 'vitest';
import { walkScript, type Invocation, type Outcome } from './walk';

function walk(
  script: string,
  opts: Parameters<typeof walkScript>[1] = {},
  answer?: (i: Invocation) => Outcome,
) {
  const seen: Invocation[] = [];
  const result = walkScript(script, opts, (inv) => {
    seen.push(inv);
    return answer ? answer(inv) : { status: 0 };
  });
  return { seen, result, argv: seen.map((i) => i.argv.join(' ')) };
}

describe('walkScript', () => {
  it('follows cd, assignments and export within the line', () => {
    const { seen, result } = walk('X=/opt; cd $X && mkdir -p sub; export Y=${X}/y; touch "$Y"; cd -', {
      cwd: '/app',
    });
    expect(seen.map((i) => [i.argv.join(' '), i.cwd])).toEqual([
      ['cd /opt', '/app'],
      ['mkdir -p sub', '/opt'],
      ['export Y=/opt/y', '/opt'],
      ['touch /opt/y', '/opt'],
      ['cd -', '/opt'],
    ]);
    expect(result.cwd).toBe('/opt');
    expect(result.vars.Y).toBe('/opt/y');
  });

  it('tells ${X:+alt} from ${X:-alt}', () => {
    const { argv } = walk('echo ${A:+alt} ${A:-def} ${B:+alt} ${B:-def} ${B-unset} "${C}"', {
      vars: { A: 'a', B: '' },
    });
    expect(argv).toEqual(['echo alt a def ']);
    expect(walk('echo ${B-unset} ${N-unset}', { vars: { B: '' } }).argv).toEqual(['echo unset']);
  });

  it('splits unquoted expansions into fields, not quoted ones', () => {
    const { seen } = walk('apt-get install -y $PKGS "$PKGS"', { vars: { PKGS: 'curl  git' } });
    expect(seen[0].argv).toEqual(['apt-get', 'install', '-y', 'curl', 'git', 'curl  git']);
  });

  it('expands pattern removals and lengths', () => {
    const { argv } = walk('echo ${V#v} ${F%.tar.gz} ${P##*/} ${P%/*} ${#V} ${V/1/9}', {
      vars: { V: 'v1.2', F: 'go.tar.gz', P: '/a/b/c' },
    });
    expect(argv).toEqual(['echo 1.2 go c /a/b 4 v9.2']);
  });

  it('keeps redirections with expanded targets and heredoc input', () => {
    const { seen } = walk(
      'D=/etc; echo hi > $D/a 2>/dev/null && cat >> "$D/b" <<EOF\nhello $D\nEOF\ncat <<-\'X\'\n\t$D\n\tX\n',
    );
    expect(seen[0].redirects).toEqual([
      { fd: null, op: '>', target: '/etc/a', unknown: false },
      { fd: 2, op: '>', target: '/dev/null', unknown: false },
    ]);
    expect(seen[1].redirects[0]).toMatchObject({ op: '>>', target: '/etc/b' });
    expect(seen[1].stdin).toBe('hello /etc\n');
    expect(seen[2].stdin).toBe('$D\n');
  });

  it('pipes known output into the next command', () => {
    const { seen } = walk('echo a | tee -a /f', {}, (i) => ({
      status: 0,
      stdout: i.argv[0] === 'echo' ? 'a\n' : undefined,
    }));
    expect(seen[1].stdin).toBe('a\n');
    expect(seen[0].piped).toBe(true);
  });

  it('skips what && and || skip, and runs what they run', () => {
    const fails = (i: Invocation): Outcome => ({ status: i.argv[0] === 'curl' ? 127 : 0 });
    expect(walk('curl x || true', {}, fails).result.status).toBe(0);
    expect(walk('curl x && touch y', {}, fails).argv).toEqual(['curl x']);
    expect(walk('touch y || echo no', {}, fails).argv).toEqual(['touch y']);
    // Without set -e, a failure in the middle does not stop the script; its last command decides.
    expect(walk('curl x; echo done', {}, fails).result).toMatchObject({ status: 0, failedAt: null });
    const stopped = walk('set -e; curl x; echo done', {}, fails);
    expect(stopped.argv).toEqual(['set -e', 'curl x']);
    expect(stopped.result).toMatchObject({ status: 127, failedAt: 1 });
  });

  it('applies pipefail from set -o pipefail', () => {
    const fails = (i: Invocation): Outcome => ({ status: i.argv[0] === 'curl' ? 6 : 0 });
    expect(walk('curl x | tar -x', {}, fails).result.status).toBe(0);
    expect(walk('set -o pipefail; curl x | tar -x', {}, fails).result.status).toBe(6);
    expect(walk('curl x | tar -x', { pipefail: true }, fails).result.status).toBe(6);
  });

  it('reads sh -c and bash -c with their positional parameters, and a shell reading a heredoc', () => {
    expect(walk(`sh -c 'mkdir "$1" && touch $0' /a/f /a`).argv).toEqual(['mkdir /a', 'touch /a/f']);
    expect(walk('bash -ec "cd /x; touch y"').seen.map((i) => i.cwd)).toEqual(['/', '/x']);
    expect(walk('bash <<EOF\necho in\nEOF\n').argv).toEqual(['echo in']);
  });

  it("keeps a subshell's cd and variables inside it", () => {
    const { seen, result } = walk('(cd /tmp && X=1 && touch a); touch b $X');
    expect(seen.map((i) => i.cwd)).toEqual(['/', '/tmp', '/']);
    expect(seen[2].argv).toEqual(['touch', 'b']);
    expect(result.cwd).toBe('/');
  });

  it('walks if, for, case and while', () => {
    const known = walk(
      'for d in a b; do mkdir /$d; done; case "$T" in amd64) echo x;; arm*) echo arm;; esac',
      { vars: { T: 'arm64' } },
    );
    expect(known.argv).toEqual(['mkdir /a', 'mkdir /b', 'echo arm']);
    const unsure = walk('if [ -f /x ]; then touch /y; else touch /z; fi', {}, (i) => ({
      status: i.argv[0] === '[' ? null : 0,
    }));
    expect(unsure.seen.map((i) => [i.argv.join(' '), i.conditional])).toEqual([
      ['[ -f /x ]', false],
      ['touch /y', true],
      ['touch /z', true],
    ]);
    const yes = walk('if true; then touch /y; else touch /z; fi');
    expect(yes.argv).toEqual(['true', 'touch /y']);
    expect(walk('while read l; do echo $l; done < /f').seen[1].conditional).toBe(true);
  });

  it('marks command substitutions unknown and keeps their text', () => {
    const { seen } = walk('mkdir -p /opt/$(uname -m)');
    expect(seen[0].unknown).toBe(true);
    expect(seen[0].argv[2]).toBe('/opt/$(uname -m)');
  });

  it('runs functions, eval and sourced files it can read', () => {
    expect(walk('f() { touch "/$1"; }; f one; eval "mkdir /two"').argv).toEqual(['touch /one', 'mkdir /two']);
    const files: Record<string, string> = { '/env.sh': 'export P=/opt/p' };
    expect(walk('. /env.sh; touch $P', { readFile: (p) => files[p] ?? null }).argv).toEqual([
      'export P=/opt/p',
      'touch /opt/p',
    ]);
    expect(walk('. /unknown.sh; touch $Q').seen[1].unknown).toBe(true);
  });

  it('strips sudo, env and exec, keeping env prefixes', () => {
    const { seen } = walk('env CGO_ENABLED=0 go build .; exec sudo -u app node x');
    expect(seen[0].argv[0]).toBe('go');
    expect(seen[0].env).toEqual({ CGO_ENABLED: '0' });
    expect(seen[1].argv).toEqual(['node', 'x']);
  });

  it('does not stop at an exit in a branch it cannot tell runs', () => {
    const unknownTest = (i: Invocation): Outcome => ({ status: i.argv[0] === '[' ? null : 0 });
    // caddy-docker's `case "$arch" in … *) exit 1 ;; esac` with an arch the model cannot read.
    const c = walk(
      'a="$(uname -m)"; case "$a" in x86_64) b=amd64 ;; *) echo no; exit 1 ;; esac; touch /x',
      {},
      (i) => (i.argv[0] === 'uname' ? { status: 0 } : { status: 0 }),
    );
    expect(c.result.status).toBe(0);
    expect(c.argv).toContain('touch /x');
    // Next.js's with-docker: `if [ -f yarn.lock ]; then …; else echo "Lockfile not found." && exit 1; fi`.
    const i = walk('if [ -f yarn.lock ]; then yarn; else echo none && exit 1; fi; touch /y', {}, unknownTest);
    expect(i.result.status).not.toBe(1);
    expect(i.argv).toContain('touch /y');
    // A known branch still exits.
    expect(walk('if true; then exit 4; fi; touch z').result).toMatchObject({ status: 4 });
  });

  it('stops at exit with its status', () => {
    expect(walk('touch a; exit 3; touch b').result).toMatchObject({ status: 3 });
    expect(walk('sh -c "exit 0"; touch b').argv).toEqual(['exit 0', 'touch b']);
  });

  it('never throws and stays fast on hostile input', () => {
    const hostile = [
      '('.repeat(20000),
      '"$('.repeat(10000),
      '${'.repeat(10000),
      "'".repeat(20001),
      'a && '.repeat(5000),
      'if '.repeat(5000),
      'for x in $(a); do '.repeat(2000),
      'f() { f; }; f',
      '<<EOF '.repeat(3000) + '\n',
      '`'.repeat(9999),
      '${a:-${b:-${c:-${d:-${e:-${f:-${g:-${h:-${i:-${j:-x}}}}}}}}}}',
    ];
    for (const h of hostile) {
      const t0 = performance.now();
      const r = walk(h);
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(r.result).toBeDefined();
    }
  });
});
