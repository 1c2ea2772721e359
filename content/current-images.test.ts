/**
 * No retired image is presented as current: every distroless image name in learner-visible text
 * (lessons with their code, quizzes, exercises with their Dockerfiles, example files) is looked up in
 * the catalog, and a retired one may appear only in a paragraph or item that says it is retired
 * (or reproduces the talk, as history).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFileList } from '../components/mdx/example-files';
import { resolveImage } from '../lib/catalog/resolve';
import { jsonStrings } from '../lib/course/internal-references';
import { readLessons } from '../lib/course/lessons';

const ROOT = __dirname;
const NAME = /\b(?:gcr\.io\/distroless\/)?([a-z]+[0-9]*(?:-[a-z]+)?-debian1[0-9])\b/g;
const LABELLED = /retired|remov|end of life|no longer|deprecated|the talk|history|older|used to/i;

function retiredIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAME)) {
    const resolution = resolveImage(`gcr.io/distroless/${m[1]}`) as { retired?: unknown };
    if (resolution.retired) out.push(m[1]);
  }
  return out;
}

/** Unlabelled retired names in each paragraph (blank-line separated) or list item of `text`. */
function unlabelled(text: string, where: string): string[] {
  return text
    .split(/\n\s*\n|\n(?=\s*[-*] )/)
    .flatMap((chunk) => (LABELLED.test(chunk) ? [] : retiredIn(chunk).map((n) => `${where}: ${n}`)));
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

describe('no retired image presented as current', () => {
  it('knows the retired Debian 12 language images (the check can fail)', () => {
    expect(retiredIn('FROM gcr.io/distroless/python3-debian12')).toEqual(['python3-debian12']);
    expect(retiredIn('java17-debian13 and static-debian13')).toEqual([]);
    expect(unlabelled('Use java17-debian12 here.', 'x')).toHaveLength(1);
    expect(unlabelled('The retired java17-debian12 used OpenJDK.', 'x')).toEqual([]);
  });

  it.each(readLessons(path.join(ROOT, 'lessons')).map((l) => [l.folder, l.body] as const))(
    'lesson %s',
    (folder, body) => {
      expect(unlabelled(body, folder)).toEqual([]);
    },
  );

  it('quizzes, exercises and examples', () => {
    const problems: string[] = [];
    for (const file of [...walk(path.join(ROOT, 'quizzes')), ...walk(path.join(ROOT, 'exercises'))]) {
      const rel = path.relative(ROOT, file);
      if (file.endsWith('.json')) {
        const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
        for (const [at, text] of jsonStrings(data)) problems.push(...unlabelled(text, `${rel} ${at}`));
      } else {
        problems.push(...unlabelled(fs.readFileSync(file, 'utf8'), rel));
      }
    }
    for (const example of fs.readdirSync(path.join(ROOT, 'examples'))) {
      for (const file of [...exampleFileList(example), 'example.json']) {
        const text = fs.readFileSync(path.join(ROOT, 'examples', example, file), 'utf8');
        problems.push(...unlabelled(text, `${example}/${file}`));
      }
    }
    expect(problems).toEqual([]);
  });
});
