import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './parse';
import type { Instruction } from './types';
import { CORPUS_ABSENT, CORPUS_DIR, CORPUS_PRESENT } from './testing/corpus';
import { parseResultFile, type ResultNode } from './testing/sexpr';

/**
 * Deliberate differences from BuildKit's `result` files, with the reason. Empty: every case matches.
 */
const DELIBERATE_DIFFERENCES: Record<string, string> = {};

const positive = path.join(CORPUS_DIR, 'buildkit-parser');
const negative = path.join(CORPUS_DIR, 'buildkit-parser-negative');

function flagText(i: Instruction): string[] {
  return i.flags.map((f) => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`));
}

function toNode(i: Instruction): ResultNode {
  if (i.kind === 'onbuild' && i.trigger) {
    return { keyword: 'onbuild', flags: flagText(i), args: [], sub: toNode(i.trigger) };
  }
  return { keyword: i.keyword.toLowerCase(), flags: flagText(i), args: i.args, sub: null };
}

describe('BuildKit parser conformance', () => {
  it('finds the corpus', ({ skip }) => {
    skip(!CORPUS_PRESENT, CORPUS_ABSENT);
    expect(existsSync(positive)).toBe(true);
    expect(readdirSync(positive).length).toBeGreaterThan(30);
  });

  for (const name of existsSync(positive) ? readdirSync(positive).sort() : []) {
    const dir = path.join(positive, name);
    if (DELIBERATE_DIFFERENCES[name]) continue;
    it(`matches ${name}`, () => {
      const text = readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
      const expected = parseResultFile(readFileSync(path.join(dir, 'result'), 'utf8'));
      const df = parseDockerfile(text);
      expect(df.instructions.map(toNode)).toEqual(expected);
    });
  }
});

describe('BuildKit negative cases', () => {
  const expectedMessages: Record<string, RegExp> = {
    empty_dockerfile: /^the Dockerfile cannot be empty$/,
    only_comments: /^file with no instructions$/,
    env_no_value: /^ENV must have two arguments$/,
    'shykes-nested-json': /^when using JSON array syntax, arrays must be comprised of strings only$/,
  };
  it('finds the negative cases', ({ skip }) => {
    skip(!CORPUS_PRESENT, CORPUS_ABSENT);
    expect(readdirSync(negative).length).toBeGreaterThan(0);
  });
  for (const name of existsSync(negative) ? readdirSync(negative).sort() : []) {
    it(`rejects ${name}`, () => {
      const text = readFileSync(path.join(negative, name, 'Dockerfile'), 'utf8');
      const df = parseDockerfile(text);
      const errors = df.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      const want = expectedMessages[name];
      expect(want, `expected message known for ${name}`).toBeDefined();
      expect(errors.some((e) => want.test(e.message))).toBe(true);
      for (const e of errors) expect(e.hint).toBeTruthy();
    });
  }
});
