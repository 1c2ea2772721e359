/**
 * BuildKit's CACHED, per step: a step's key is its parent's key and its text, plus what it reads
 * (the files a COPY copies, the stage a COPY --from copies from, the files a RUN bind-mounts).
 */
import { describe, expect, it } from 'vitest';
import { buildSteps, sourcesDigest, type CacheFile } from './build-progress';
import { analyzeDockerfile } from '../../../analyze';

const files = (main: string, extra: CacheFile[] = []): CacheFile[] => [
  { path: 'go.mod', content: 'module x\n', sizeBytes: 9 },
  { path: 'main.go', content: main, sizeBytes: main.length },
  { path: 'docs/README.md', content: 'docs\n', sizeBytes: 5 },
  ...extra,
];
const keys = (text: string, ctx: CacheFile[]) =>
  new Map(buildSteps(analyzeDockerfile(text).graph, ctx).map((s) => [s.label, s.cacheKey]));

describe('cache keys', () => {
  const text =
    'FROM golang:1.24 AS build\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\nCOPY *.go ./\nRUN go build -o /app\nFROM build AS test\nRUN go vet\nFROM gcr.io/distroless/static-debian12\nCOPY --from=test /app /app\n';

  it('a COPY depends on the files it copies, not on the rest of the context', () => {
    const a = keys(text, files('package main\n'));
    const b = keys(text, files('package main // changed\n'));
    const c = keys(text, files('package main\n', [{ path: 'notes.txt', content: 'x', sizeBytes: 1 }]));
    expect(b.get('[build 3/6] COPY go.mod ./')).toBe(a.get('[build 3/6] COPY go.mod ./'));
    expect(b.get('[build 4/6] RUN go mod download')).toBe(a.get('[build 4/6] RUN go mod download'));
    expect(b.get('[build 5/6] COPY *.go ./')).not.toBe(a.get('[build 5/6] COPY *.go ./'));
    // A file no COPY reads leaves every step cached.
    expect([...c]).toEqual([...a]);
  });

  it('a file .dockerignore excludes does not invalidate COPY . (BuildKit never receives it)', () => {
    const dot = 'FROM golang:1.24\nWORKDIR /src\nCOPY . .\nRUN go build -o /app\n';
    const ignore: CacheFile = { path: '.dockerignore', content: 'docs\n*.log\n', sizeBytes: 10 };
    const ctx = (readme: string, extra: CacheFile[] = []) => [
      ...files('package main\n').filter((f) => f.path !== 'docs/README.md'),
      { path: 'docs/README.md', content: readme, sizeBytes: readme.length },
      ignore,
      ...extra,
    ];
    const a = keys(dot, ctx('docs\n'));
    const b = keys(dot, ctx('docs, edited\n', [{ path: 'build.log', content: 'x', sizeBytes: 1 }]));
    expect([...b]).toEqual([...a]);
    // Without the .dockerignore the same edit reaches the COPY and every later step.
    const plain = (readme: string) => ctx(readme).filter((f) => f.path !== '.dockerignore');
    const c = keys(dot, plain('docs\n'));
    const d = keys(dot, plain('docs, edited\n'));
    expect(d.get('[3/4] COPY . .')).not.toBe(c.get('[3/4] COPY . .'));
    expect(d.get('[4/4] RUN go build -o /app')).not.toBe(c.get('[4/4] RUN go build -o /app'));
    // A file it does not exclude still does.
    const e = keys(dot, ctx('docs\n', [{ path: 'extra.go', content: 'package main\n', sizeBytes: 13 }]));
    expect(e.get('[3/4] COPY . .')).not.toBe(a.get('[3/4] COPY . .'));
  });

  it('a stage built on another, and COPY --from it, follow that stage', () => {
    const a = keys(text, files('package main\n'));
    const b = keys(text, files('package main // changed\n'));
    expect(b.get('[test 1/1] RUN go vet')).not.toBe(a.get('[test 1/1] RUN go vet'));
    const copy = [...a.keys()].find((l) => l.includes('COPY --from=test'))!;
    expect(b.get(copy)).not.toBe(a.get(copy));
    const from = [...a.keys()].find((l) => l.includes('FROM gcr.io'))!;
    expect(b.get(from)).toBe(a.get(from));
  });

  it('a RUN bind mount of a context file makes the RUN depend on that file', () => {
    const run = 'FROM node:22\nRUN --mount=type=bind,source=package.json,target=package.json npm ci\n';
    const pkg = (v: string): CacheFile[] => [{ path: 'package.json', content: v, sizeBytes: v.length }];
    const a = keys(run, pkg('{"a":1}'));
    const b = keys(run, pkg('{"a":2}'));
    const label = [...a.keys()].find((l) => l.includes('RUN'))!;
    expect(b.get(label)).not.toBe(a.get(label));
  });

  it('sourcesDigest: a folder is what is below it, a glob what it matches', () => {
    const ctx = files('x');
    expect(sourcesDigest(ctx, ['docs'])).toBe(sourcesDigest([ctx[2]], ['docs/']));
    expect(sourcesDigest(ctx, ['./*.go'])).toBe(sourcesDigest([ctx[1]], ['main.go']));
    expect(sourcesDigest(ctx, ['.'])).not.toBe(sourcesDigest(ctx, ['go.mod']));
  });
});
