import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './parse';
import type { InstructionKind, InstructionOf } from './types';

function only<K extends InstructionKind>(text: string, kind: K): InstructionOf<K> {
  const df = parseDockerfile(text);
  const found = df.instructions.find((i) => i.kind === kind);
  if (!found) throw new Error(`no ${kind}`);
  return found as InstructionOf<K>;
}

describe('parseDockerfile', () => {
  it('reads FROM with platform, stage name and ranges (1-based)', () => {
    const f = only('FROM --platform=$BUILDPLATFORM golang:1.21 as Build\n', 'from');
    expect(f.image).toBe('golang:1.21');
    expect(f.stageName).toBe('Build');
    expect(f.asKeyword).toBe('as');
    expect(f.platform).toBe('$BUILDPLATFORM');
    expect(f.range.start).toEqual({ line: 1, column: 1 });
    expect(f.imageRange).toEqual({ start: { line: 1, column: 32 }, end: { line: 1, column: 43 } });
    expect(f.stageNameRange?.start.column).toBe(47);
  });

  it('reads parser directives only at the top', () => {
    const df = parseDockerfile(
      '# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all\nFROM a\nRUN echo `\n  hi\n',
    );
    expect(df.directives).toEqual({ syntax: 'docker/dockerfile:1', escape: '`', check: 'skip=all' });
    expect(df.instructions[1].args).toEqual(['echo   hi']);
    const late = parseDockerfile('# hello\n# escape=`\nFROM a\n');
    expect(late.directives.escape).toBe('\\');
    expect(late.comments.map((c) => c.text)).toEqual(['hello', 'escape=`']);
  });

  it('reports a repeated directive', () => {
    const df = parseDockerfile('# escape=`\n# escape=\\\nFROM a\n');
    expect(df.diagnostics.map((d) => d.message)).toContain('only one escape parser directive can be used');
  });

  it('joins continuations, skips comments inside them and records empty continuation lines', () => {
    const df = parseDockerfile(
      'FROM a\nRUN apt-get update && \\\n# a comment\n\n    apt-get install -y curl\n',
    );
    const run = df.instructions[1];
    expect(run.args).toEqual(['apt-get update &&     apt-get install -y curl']);
    expect(run.range.start.line).toBe(2);
    expect(run.range.end.line).toBe(5);
    expect(run.emptyContinuationLines).toEqual([4]);
    expect(df.comments.map((c) => c.range.start.line)).toEqual([3]);
  });

  it('distinguishes exec and shell form', () => {
    expect(only('FROM a\nCMD ["./app", "--port", "80"]', 'cmd').command).toEqual({
      form: 'exec',
      argv: ['./app', '--port', '80'],
    });
    expect(only('FROM a\nENTRYPOINT ./app --port 80', 'entrypoint').command).toEqual({
      form: 'shell',
      script: './app --port 80',
    });
    expect(only("FROM a\nCMD ['single']", 'cmd').command.form).toBe('shell');
  });

  it('reads RUN heredocs, several per line, with <<- and quoted names', () => {
    const text = 'FROM a\nRUN <<-"EOT" bash && cat <<X > /f\n\techo $HOME\n\tEOT\nx\nX\nRUN echo after\n';
    const df = parseDockerfile(text);
    const run = df.instructions[1];
    if (run.kind !== 'run') throw new Error('kind');
    expect(run.heredocs.map((h) => [h.name, h.content, h.expand, h.chomp])).toEqual([
      ['EOT', 'echo $HOME\n', false, true],
      ['X', 'x\n', true, false],
    ]);
    expect(run.range.end.line).toBe(6);
    expect(df.instructions[2].range.start.line).toBe(7);
  });

  it('reads COPY heredocs as file sources and reports unterminated ones', () => {
    const c = only('FROM a\nCOPY <<EOF /etc/motd\nhello\nEOF\n', 'copy');
    expect(c.sources).toEqual([]);
    expect(c.destination).toBe('/etc/motd');
    expect(c.heredocs[0].content).toBe('hello\n');
    const bad = parseDockerfile('FROM a\nRUN <<EOF\necho\n');
    expect(bad.diagnostics.map((d) => d.message)).toContain('unterminated heredoc');
  });

  it('does not look for heredocs in exec form', () => {
    const df = parseDockerfile('FROM a\nRUN ["cat", "<<EOF"]\nRUN echo next\n');
    expect(df.instructions).toHaveLength(3);
  });

  it('reads COPY flags', () => {
    const c = only(
      'FROM a\nCOPY --from=build --chown=app:app --chmod=755 --link /out/app /usr/bin/\n',
      'copy',
    );
    expect(c.from).toBe('build');
    expect(c.fromRange?.start).toEqual({ line: 2, column: 6 });
    expect(c.chown).toBe('app:app');
    expect(c.chmod).toBe('755');
    expect(c.link).toBe(true);
    expect(c.sources).toEqual(['/out/app']);
    expect(c.destination).toBe('/usr/bin/');
  });

  it('parses RUN --mount and --network', () => {
    const r = only(
      'FROM a\nRUN --mount=type=cache,target=/root/.cache/go-build --mount=from=build,source=/out,target=/in --network=none go build\n',
      'run',
    );
    expect(r.mounts.map((m) => [m.type, m.target, m.from, m.source])).toEqual([
      ['cache', '/root/.cache/go-build', null, null],
      ['bind', '/in', 'build', '/out'],
    ]);
    expect(r.network).toBe('none');
    const bad = parseDockerfile('FROM a\nRUN --mount=type=nfs echo\n');
    expect(bad.diagnostics.some((d) => d.message === 'unsupported mount type "nfs"')).toBe(true);
  });

  it('reads ENV and LABEL in both forms', () => {
    const env = only('FROM a\nENV A=1 B="two words" C=x\\ y\n', 'env');
    expect(env.legacyFormat).toBe(false);
    expect(env.pairs.map((p) => [p.key, p.value])).toEqual([
      ['A', '1'],
      ['B', '"two words"'],
      ['C', 'x\\ y'],
    ]);
    const legacy = only('FROM a\nLABEL maintainer Jane Doe <j@d>\n', 'label');
    expect(legacy.legacyFormat).toBe(true);
    expect(legacy.pairs).toHaveLength(1);
    expect(legacy.pairs[0].value).toBe('Jane Doe <j@d>');
  });

  it('reads ARG with several declarations', () => {
    const a = only('ARG A B=2 C="x y"\n', 'arg');
    expect(a.declarations.map((d) => [d.name, d.defaultValue])).toEqual([
      ['A', null],
      ['B', '2'],
      ['C', '"x y"'],
    ]);
    expect(a.declarations[1].range.start.column).toBe(7);
  });

  it('reads HEALTHCHECK options, NONE and exec form', () => {
    const h = only(
      'FROM a\nHEALTHCHECK --interval=30s --retries=3 CMD curl -f http://localhost/\n',
      'healthcheck',
    );
    expect(h.options).toEqual({ interval: '30s', retries: '3' });
    expect(h.command).toEqual({ form: 'shell', script: 'curl -f http://localhost/' });
    expect(only('FROM a\nHEALTHCHECK NONE\n', 'healthcheck').command).toBeNull();
    expect(only('FROM a\nHEALTHCHECK CMD ["/bin/check"]\n', 'healthcheck').command).toEqual({
      form: 'exec',
      argv: ['/bin/check'],
    });
  });

  it('reads ONBUILD with its trigger', () => {
    const o = only('FROM a\nONBUILD COPY . /src\n', 'onbuild');
    expect(o.trigger?.kind).toBe('copy');
    expect(o.value).toBe('COPY . /src');
    const bad = parseDockerfile('FROM a\nONBUILD FROM b\n');
    expect(bad.diagnostics.map((d) => d.message)).toContain("FROM isn't allowed as an ONBUILD trigger");
  });

  it('reads USER, WORKDIR, EXPOSE, VOLUME, SHELL, STOPSIGNAL', () => {
    const df = parseDockerfile(
      'FROM a\nUSER app:staff\nWORKDIR /srv\nEXPOSE 80/tcp 443\nVOLUME ["/data"]\nSHELL ["/bin/bash", "-c"]\nSTOPSIGNAL SIGTERM\n',
    );
    const [, user, workdir, expose, volume, shell, stop] = df.instructions;
    expect(user).toMatchObject({ kind: 'user', user: 'app', group: 'staff' });
    expect(workdir).toMatchObject({ kind: 'workdir', path: '/srv' });
    expect(expose).toMatchObject({ kind: 'expose', ports: ['80/tcp', '443'] });
    expect(volume).toMatchObject({ kind: 'volume', paths: ['/data'] });
    expect(shell).toMatchObject({ kind: 'shell', argv: ['/bin/bash', '-c'] });
    expect(stop).toMatchObject({ kind: 'stopsignal', value: 'SIGTERM' });
    expect(df.diagnostics).toEqual([]);
  });

  it('reports Docker errors with hints', () => {
    const cases: Array<[string, string]> = [
      ['FROM a\nRUNN echo\n', 'unknown instruction: RUNN (did you mean run?)'],
      [
        'FROM a\nCOPY onlyone\n',
        'COPY requires at least two arguments, but only one was provided. Destination could not be determined',
      ],
      ['FROM a\nWORKDIR\n', 'WORKDIR requires exactly one argument'],
      ['FROM a\nCOPY --form=build a b\n', 'unknown flag: form'],
      ['FROM a\nHEALTHCHECK CONNECT TCP 7000\n', 'Unknown type "CONNECT" in HEALTHCHECK (try CMD)'],
      ['FROM a\nSHELL /bin/bash -c\n', 'SHELL requires the arguments to be in JSON form'],
      ['FROM a\nENV A=1 B\n', 'Syntax error - can\'t find = in "B". Must be of the form: name=value'],
    ];
    for (const [text, message] of cases) {
      const d = parseDockerfile(text).diagnostics.find((x) => x.message === message);
      expect(d, message).toBeDefined();
      expect(d?.hint).toBeTruthy();
      expect(d?.range.start.line).toBe(2);
    }
  });

  it('handles CRLF, a BOM and a missing final newline', () => {
    const df = parseDockerfile('\ufeffFROM a\r\nRUN echo hi\r\nCMD ["x"]');
    expect(df.instructions.map((i) => i.args)).toEqual([['a'], ['echo hi'], ['x']]);
    expect(df.lineCount).toBe(3);
  });
});
