/**
 * `--format` on docker ps, images, history and inspect: the docker CLI's handling of the template
 * (docker/cli cli/command/formatter/formatter.go, cli/command/inspect/inspector.go) and the
 * placeholders its formatters define (formatter/container.go, formatter/image.go,
 * image/formatter_history.go).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExample } from '../../course/examples';
import { createDockerSession } from './index';
import { runLine } from '../../testing/docker-lines';
import type { DockerSession } from './types';

const calc = loadExample('go-calculator');

const sh = runLine;

let s: DockerSession;
let id: string;
beforeAll(() => {
  let now = 1_700_000_000_000;
  s = createDockerSession({ context: calc.context, now: () => (now += 1000) });
  expect(sh(s, 'docker build -q -t calc -f Dockerfile.multi-stage .').exitCode).toBe(0);
  id = sh(s, 'docker run -d --name c1 -p 8080:8080 calc').stdout.trim();
});

describe('docker ps --format', () => {
  it('a table gets Docker’s headers and tabwriter columns', () => {
    const r = sh(s, "docker ps --format 'table {{.ID}}\\t{{.Names}}\\t{{.Image}}\\t{{.Ports}}'");
    expect(r.stdout).toBe(
      `CONTAINER ID   NAMES     IMAGE     PORTS\n${id.slice(0, 12)}   c1        calc      0.0.0.0:8080->8080/tcp, [::]:8080->8080/tcp\n`,
    );
    expect(r.exitCode).toBe(0);
  });

  it('a plain template prints one line per container, no header', () => {
    expect(sh(s, "docker ps -a --format '{{.Names}}: {{.Command}} {{.State}} {{.CreatedAt}}'").stdout).toBe(
      'c1: "/app" running 2023-11-14 22:13:22 +0000 UTC\n',
    );
    expect(sh(s, 'docker ps --no-trunc --format {{.ID}}').stdout).toBe(`${id}\n`);
    expect(sh(s, 'docker ps --format "{{.Names | upper}}"').stdout).toBe('C1\n');
    // -q wins over --format (formatter/container.go NewContainerFormat).
    expect(sh(s, 'docker ps -q --format {{.Names}}').stdout).toBe(`${id.slice(0, 12)}\n`);
  });

  it('a placeholder Docker has but the model lacks prints ?, with a note', () => {
    const r = sh(s, "docker ps --format '{{.Names}} {{.Size}}'");
    expect(r.stdout).toBe('c1 ?\n');
    expect(r.notes).toEqual([
      "? stands for a value the simulator cannot tell: the simulator does not model a container's size (.Size).",
    ]);
  });

  it('a placeholder Docker does not have is text/template’s error, exit 1', () => {
    expect(sh(s, "docker ps --format '{{.Names}} {{.Foo}}'")).toMatchObject({
      stdout: '',
      stderr:
        'template parsing error: template: :1:13: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext\n',
      exitCode: 1,
    });
    expect(sh(s, "docker ps --format '{{.Names'")).toMatchObject({
      stderr: 'template parsing error: template: :1: unclosed action\n',
      exitCode: 1,
    });
  });

  it('what the evaluator cannot run is named in a note', () => {
    expect(sh(s, "docker ps --format '{{range .Names}}x{{end}}'")).toMatchObject({
      stdout: '',
      stderr: '',
      exitCode: 0,
      notes: [
        'The simulator does not evaluate range in --format templates (it runs fields and the functions json, upper, lower, title, index, join, split, pad, truncate), so what Docker would print is not shown.',
      ],
    });
  });

  it('-f is not --format but --filter; a filter the simulator does not apply is said so', () => {
    expect(sh(s, 'docker ps -a -f label=tier=web -f name=c')).toEqual({
      exitCode: 0,
      unknown: true,
      stdout: '',
      stderr: '',
      notes: [
        'docker ps --filter (label=tier=web, name=c) is not modelled, so which rows Docker would list is not shown; without --filter the simulator lists them all.',
      ],
    });
    expect(sh(s, 'docker images --filter since=calc').notes[0]).toMatch(
      /^docker images --filter \(since=calc\) is not modelled/,
    );
  });
});

describe('docker images and docker history --format', () => {
  it('images: table with Docker’s headers, and a plain template', () => {
    expect(sh(s, "docker images --format 'table {{.Repository}}\\t{{.Tag}}\\t{{.Size}}'").stdout).toBe(
      'REPOSITORY   TAG       SIZE\ncalc         latest    1.79MB\n',
    );
    const r = sh(
      s,
      "docker images --format '{{.Repository}}:{{.Tag}} {{.ID}} {{.CreatedSince}} {{.Digest}}'",
    );
    expect(r.stdout).toMatch(/^calc:latest [0-9a-f]{12} \d+ seconds ago <none>\n$/);
    // The tree-view note of the plain listing does not apply to a template.
    expect(r.notes).toEqual([
      "Sizes are the simulator's estimates of what docker images would show (uncompressed, decimal MB).",
    ]);
    expect(sh(s, "docker images --format '{{.Bogus}}'").stderr).toBe(
      'template parsing error: template: :1:2: executing "" at <.Bogus>: can\'t evaluate field Bogus in type *formatter.imageContext\n',
    );
  });

  it('a custom format wins over -q for images and history, not for ps', () => {
    expect(sh(s, 'docker images -q --format {{.Tag}}').stdout).toBe('latest\n');
    expect(sh(s, 'docker history -q --format {{.Size}} calc').stdout).toBe('0B\n1.79MB\n');
  });

  it('{{json .}} of a list row is the context as a Go map: sorted keys, <>& escaped', () => {
    expect(sh(s, "docker history --format '{{json .}}' calc").stdout.split('\n')[1]).toMatch(
      /^\{"Comment":"buildkit\.dockerfile\.v0","CreatedAt":"2023-11-14T22:13:2\dZ","CreatedBy":"COPY \/app \/app # buildkit","CreatedSince":"\d+ seconds? ago","ID":"\\u003cmissing\\u003e","Size":"1\.79MB"\}$/,
    );
  });

  it('history: placeholders and headers of its formatter', () => {
    const r = sh(s, "docker history --format 'table {{.ID}}\\t{{.Size}}\\t{{.Comment}}' calc");
    expect(r.stdout.split('\n')[0]).toBe('IMAGE          SIZE      COMMENT');
    expect(sh(s, "docker history --format '{{.CreatedBy}}|{{.Size}}' calc").stdout).toBe(
      'ENTRYPOINT ["/app"]|0B\nCOPY /app /app # buildkit|1.79MB\n',
    );
  });
});

describe('docker inspect --format', () => {
  it('fields of an image and of a container', () => {
    expect(
      sh(s, "docker inspect -f '{{.Config.Entrypoint}} {{json .Config.Entrypoint}} {{.Os}}' calc").stdout,
    ).toBe('[/app] ["/app"] linux\n');
    expect(
      sh(s, "docker container inspect --format '{{.Name}} {{.State.Status}} {{.State.Running}}' c1").stdout,
    ).toBe('/c1 running true\n');
    expect(sh(s, "docker image inspect -f '{{json .RootFS.Type}}' calc calc").stdout).toBe(
      '"layers"\n"layers"\n',
    );
  });

  it('a running container’s exit code is 0, as the daemon reports it', () => {
    expect(sh(s, "docker inspect -f '{{.State.ExitCode}}' c1").stdout).toBe('0\n');
  });

  it('a field missing from the model’s document is ?, with why', () => {
    const r = sh(s, "docker inspect -f '{{.NetworkSettings.IPAddress}}' c1");
    expect(r.stdout).toBe('?\n');
    expect(r.notes).toContain(
      "? stands for a value the simulator cannot tell: .NetworkSettings.IPAddress is not in the simulator's document, which has a subset of Docker's fields and leaves out values it cannot tell (Docker prints its value, or a template error if there is no such field).",
    );
  });

  it('a parse error exits 64; a missing object keeps its error', () => {
    expect(sh(s, "docker inspect -f '{{.Id' calc")).toMatchObject({
      stderr: 'template parsing error: template: :1: unclosed action\n',
      exitCode: 64,
    });
    expect(sh(s, "docker inspect -f '{{.Os}}' calc nope")).toMatchObject({
      stdout: 'linux\n',
      stderr: 'error: no such object: nope\n',
      exitCode: 1,
    });
    // Nothing found: the template inspector prints one empty line.
    expect(sh(s, "docker inspect -f '{{.Os}}' nope").stdout).toBe('\n');
  });

  it('--format json is compact JSON', () => {
    expect(sh(s, 'docker image inspect --format json calc').stdout).toMatch(
      /^\[\{"Id":"sha256:[0-9a-f]{64}","RepoTags":\["calc:latest"\],/,
    );
  });
});
