/**
 * Sources the learner reads (a figure's `source`, a citation) name public sources: never the project's
 * private research notes or paths outside the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PRIVATE = /FACTS\.md|BUILDKIT\.md|LINT_RULES\.md|\.\.\/shared|shared\/facts/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('learner-visible sources', () => {
  it('are public: no string literal in lib/ or components/ cites private notes', () => {
    const offenders: string[] = [];
    for (const root of ['lib', 'components']) {
      for (const file of sourceFiles(path.join(process.cwd(), root))) {
        // String literals only: comments may say where a rule was researched.
        const text = fs
          .readFileSync(file, 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/^\s*\/\/.*$/gm, '');
        for (const match of text.matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)) {
          if (PRIVATE.test(match[2])) offenders.push(`${path.relative(process.cwd(), file)}: ${match[2]}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
