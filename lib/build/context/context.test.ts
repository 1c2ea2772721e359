import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { applyDockerignore, isIgnored, matchContextSource, parseDockerignore } from './index';
import { readContextFolder } from './read-folder';

const ctx = {
  files: [
    { path: 'calculator.go', sizeBytes: 1500, content: 'package main' },
    { path: 'README.md', sizeBytes: 300 },
    { path: 'src/main/App.java', sizeBytes: 200 },
    { path: 'src/test/AppTest.java', sizeBytes: 100 },
    { path: 'node_modules/x/index.js', sizeBytes: 100 },
    { path: '.dockerignore', sizeBytes: 30, content: '# deps\nnode_modules\n*.md\n!README.md\nsrc/test\n' },
  ],
};

describe('.dockerignore', () => {
  it('excludes folders, globs and honours ! exceptions (last match wins)', () => {
    const p = parseDockerignore('node_modules\n*.md\n!README.md\n');
    expect(isIgnored(p, 'node_modules/x/index.js')).toBe(true);
    expect(isIgnored(p, 'NOTES.md')).toBe(true);
    expect(isIgnored(p, 'README.md')).toBe(false);
    expect(isIgnored(p, 'calculator.go')).toBe(false);
  });
  it('cleans patterns as Docker does: leading and repeated slashes, . and .. resolved', () => {
    const p = parseDockerignore('/build//out/\n./logs\nsrc/../tmp\n!/build/out/keep.txt\n.\n/\n');
    expect(p.map((x) => [x.pattern, x.exclusion])).toEqual([
      ['build/out', false],
      ['logs', false],
      ['tmp', false],
      ['build/out/keep.txt', true],
    ]);
    expect(isIgnored(p, 'build/out/app.js')).toBe(true);
    expect(isIgnored(p, 'build/out/keep.txt')).toBe(false);
    expect(isIgnored(p, 'tmp/x')).toBe(true);
    expect(isIgnored(p, 'src/main.go')).toBe(false);
  });
  it('filters the context', () => {
    const paths = applyDockerignore(ctx).files.map((f) => f.path);
    expect(paths).toEqual(['calculator.go', 'README.md', 'src/main/App.java', '.dockerignore']);
  });
});

describe('COPY sources', () => {
  it('matches files, directories, . and globs', () => {
    expect(matchContextSource(ctx, './calculator.go').map((m) => m.relative)).toEqual(['calculator.go']);
    expect(matchContextSource(ctx, 'src').map((m) => m.relative)).toEqual([
      'main/App.java',
      'test/AppTest.java',
    ]);
    expect(matchContextSource(ctx, '.')).toHaveLength(ctx.files.length);
    expect(matchContextSource(ctx, '*.go').map((m) => m.file.path)).toEqual(['calculator.go']);
    expect(matchContextSource(ctx, 'missing.txt')).toEqual([]);
  });
});

describe('readContextFolder', () => {
  it('reads the calculator example with contents', () => {
    const c = readContextFolder(join(__dirname, '../../../content/examples/go-calculator'));
    const go = c.files.find((f) => f.path === 'calculator.go');
    expect(go?.content).toContain('package main');
    expect(go?.sizeBytes).toBeGreaterThan(1000);
  });
  it('gives an empty context for a missing folder', () => {
    expect(readContextFolder('/nonexistent/folder').files).toEqual([]);
  });
});
