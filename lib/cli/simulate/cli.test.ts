import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSimulateCli } from './main';
import type { SimulateJson } from './report-json';

const CALC = join(__dirname, '../../../content/examples/go-calculator');

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runSimulateCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('simulate CLI', () => {
  it('prints a JSON document with schema version 2 and runs the image', () => {
    const r = cli([join(CALC, 'Dockerfile.multi-stage'), '--json', '--run', '--stdin', '2 * 100\\nexit\\n']);
    expect(r.err).toBe('');
    const doc = JSON.parse(r.out) as SimulateJson;
    expect(doc.schemaVersion).toBe(3);
    expect(doc.target).toBe('stage-1');
    expect(doc.stages.map((s) => [s.index, s.name, s.base, s.built])).toEqual([
      [0, 'build', 'ubuntu:22.04', true],
      [1, null, 'scratch', true],
    ]);
    expect(doc.edges).toContainEqual(
      expect.objectContaining({ from: 'build', fromKind: 'stage', to: 1, kind: 'copy-from' }),
    );
    expect(doc.layers.map((l) => l.instruction)).toEqual([
      'COPY --from=build /app /app',
      'ENTRYPOINT ["/app"]',
    ]);
    expect(doc.image?.hasShell).toBe(false);
    expect(doc.image?.entrypoint).toEqual(['/app']);
    expect(doc.run?.stdout).toContain('Result: 200');
    expect(doc.run?.exitCode).toBe(0);
  });

  it('reports skipped stages with --target and the legacy builder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'Dockerfile');
    writeFileSync(
      file,
      'FROM alpine:3.21 AS base\nFROM base AS one\nRUN echo 1\nFROM base AS two\nRUN echo 2\n',
    );
    const bk = JSON.parse(cli([file, '--json', '--target', 'two']).out) as SimulateJson;
    expect(bk.stages.find((s) => s.name === 'one')?.built).toBe(false);
    expect(bk.stages.find((s) => s.name === 'one')?.skippedReason).toBeTruthy();
    const legacy = JSON.parse(
      cli([file, '--json', '--target', 'two', '--builder', 'legacy']).out,
    ) as SimulateJson;
    expect(legacy.stages.find((s) => s.name === 'one')?.built).toBe(true);
  });

  it('prints a readable report with layers and the run outcome', () => {
    const r = cli([join(CALC, 'Dockerfile.multi-stage'), '--run', '--stdin', '5 / 2\nexit\n']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Stages');
    expect(r.out).toContain('#0 build');
    expect(r.out).toContain('Layers of the final image');
    expect(r.out).toContain('Result: 2');
  });

  it('shows a partly unknown size as a floor with the reason, in text and in JSON, never as 0 B', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'Dockerfile');
    // pip's download cache (no --no-cache-dir) has no figure; a binary copied from an unknown image
    // has no size at all.
    writeFileSync(file, 'FROM python:3.13-slim\nRUN pip install flask\nCMD ["python3"]\n');
    const text = cli([file]);
    expect(text.out).toMatch(/≥[0-9.]+MB +low +line 2 +RUN pip install flask/);
    expect(text.out).toMatch(/unknown: the size of \/root\/\.cache\/pip is unknown/);
    expect(text.out).toMatch(/Final image: ≥ 1[0-9]{2}MB \([0-9,]+ bytes known/);
    const doc = JSON.parse(cli([file, '--json']).out) as SimulateJson;
    expect(doc.image?.size).toMatch(/^≥ 1[0-9]{2}MB$/);
    expect(doc.image?.sizeRange).toMatchObject({ high: null });
    expect(doc.image!.sizeRange!.low).toBe(doc.image!.sizeBytes);
    expect(doc.layers[1].sizeRange?.because).toMatch(/pip download cache/);

    writeFileSync(
      file,
      'FROM example.com/unknown/builder:1 AS b\nFROM scratch\nCOPY --from=b /usr/bin/tool /tool\n',
    );
    const unknown = cli([file]);
    expect(unknown.out).toMatch(/ \? +low +line 3 +COPY --from=b/);
    expect(unknown.out).toContain('Final image: size unknown (0 bytes known');
    expect(unknown.out).not.toMatch(/Final image: 0B/);
  });

  it("says can't tell, never started or none, for what comes from an image it does not know", () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'Dockerfile');
    writeFileSync(file, 'FROM example.com/team/base:1\nRUN mkdir /data\n');
    const r = cli([file, '--run']);
    expect(r.out).toContain("can't tell whether it starts (what it runs is not known)");
    expect(r.out).not.toMatch(/^ {2}started:/m);
    expect(r.out).toContain("shell: can't tell · package manager: can't tell · user: can't tell");
    expect(r.out).toContain("ENTRYPOINT (can't tell)   CMD (can't tell)");
    expect(r.out).toMatch(/can't tell: example\.com\/team\/base:1 is not in the simulator's catalog/);
    // A CMD and ENTRYPOINT of its own are known again; whether the program is there is not.
    writeFileSync(file, 'FROM example.com/team/base:1\nENTRYPOINT ["app"]\nCMD ["--serve"]\n');
    const own = cli([file, '--run']);
    expect(own.out).toContain('ENTRYPOINT ["app"]   CMD ["--serve"]');
    expect(own.out).toContain('can\'t tell whether it starts: ["app","--serve"]');
  });

  it('exits 1 when the Dockerfile has errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'Dockerfile');
    writeFileSync(file, 'FROM alpine:3.21 AS a\nCOPY --from=a /x /x\n');
    const r = cli([file, '--json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as SimulateJson).diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('exits 2 for bad usage and unreadable files, with a message', () => {
    expect(cli([]).code).toBe(2);
    expect(cli(['--bogus', 'x']).err).toContain('unknown option --bogus');
    const missing = cli(['/nonexistent/Dockerfile']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read the Dockerfile');
    expect(cli([join(CALC, 'Dockerfile.multi-stage'), '--context', '/nonexistent']).code).toBe(2);
    expect(cli([join(CALC, 'Dockerfile.multi-stage'), '--builder', 'kaniko']).code).toBe(2);
  });

  it('runs as a real process through npm run simulate (tsx)', () => {
    const out = execFileSync(
      'npx',
      ['tsx', join(__dirname, '../simulate-main.ts'), join(CALC, 'Dockerfile.multi-stage'), '--json'],
      {
        encoding: 'utf8',
        cwd: join(__dirname, '../../..'),
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    expect((JSON.parse(out) as SimulateJson).schemaVersion).toBe(3);
  }, 30_000);

  it('builds one report per --platform, with the platform ARGs and emulation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'Dockerfile');
    writeFileSync(
      file,
      'FROM --platform=$BUILDPLATFORM alpine:3.22 AS tools\nRUN true\nFROM alpine:3.22\nARG TARGETARCH\nRUN echo $TARGETARCH\n',
    );
    const r = cli([file, '--json', '--platform', 'linux/amd64,linux/arm64']);
    const docs = JSON.parse(r.out) as SimulateJson[];
    expect(docs.map((d) => d.platform)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(docs[1].stages.map((s) => [s.platform, s.emulated])).toEqual([
      ['linux/amd64', false],
      ['linux/arm64', true],
    ]);
    expect(docs[1].diagnostics.map((d) => d.ruleId)).toContain('simulate/emulated-run');
    const text = cli([file, '--platform', 'arm64']).out;
    expect(text).toContain('Platform: linux/arm64   Build machine: linux/amd64');
    expect(text).toContain('RUN emulated');
    expect(cli([file, '--platform', 'linux/arm64/v8/x']).code).toBe(2);
  });
});
