/**
 * No learner-visible text names a file the learner cannot open: lesson prose, quizzes, flashcards,
 * exercises (with their start and solution Dockerfiles, shown in the editor) and every example file the
 * site shows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFileList } from '../components/mdx/example-files';
import { internalReferences, jsonStrings, visibleLessonText } from '../lib/course/internal-references';
import { readLessons } from '../lib/course/lessons';

const ROOT = __dirname;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

function jsonProblems(file: string): string[] {
  const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  return jsonStrings(data).flatMap(([at, text]) =>
    internalReferences(text).map((r) => `${path.relative(ROOT, file)} ${at}: ${r}`),
  );
}

describe('learner-visible text names no internal file', () => {
  it('finds internal references (the check can fail)', () => {
    expect(internalReferences('see FACTS.md §2b and content/examples/go-calculator/')).toHaveLength(3);
    expect(internalReferences('pip installs into lib/python3.12/site-packages')).toEqual([]);
  });

  it.each(readLessons(path.join(ROOT, 'lessons')).map((l) => [l.folder, l.body] as const))(
    'lesson %s',
    (_folder, body) => {
      expect(internalReferences(visibleLessonText(body))).toEqual([]);
    },
  );

  it('quizzes and flashcards', () => {
    const files = walk(path.join(ROOT, 'quizzes')).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(jsonProblems)).toEqual([]);
  });

  it('exercises, with their start and solution Dockerfiles', () => {
    const files = walk(path.join(ROOT, 'exercises'));
    const problems = files.flatMap((f) =>
      f.endsWith('.json')
        ? jsonProblems(f)
        : internalReferences(fs.readFileSync(f, 'utf8')).map((r) => `${path.relative(ROOT, f)}: ${r}`),
    );
    expect(problems).toEqual([]);
  });

  it('every example file the site shows, and the examples’ titles', () => {
    const problems: string[] = [];
    for (const example of fs.readdirSync(path.join(ROOT, 'examples'))) {
      problems.push(...jsonProblems(path.join(ROOT, 'examples', example, 'example.json')));
      for (const file of exampleFileList(example)) {
        const text = fs.readFileSync(path.join(ROOT, 'examples', example, file), 'utf8');
        problems.push(...internalReferences(text).map((r) => `${example}/${file}: ${r}`));
      }
    }
    expect(problems).toEqual([]);
  });
});
