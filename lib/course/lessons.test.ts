import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LessonContentError } from './lessons-schema';
import { adjacentLessons, findLesson, lessonHref, readLessons } from './lessons';

let root: string;

const good = (title: string) =>
  `---\ntitle: ${title}\nsummary: A summary.\nobjectives:\n  - Learn a thing\nminutes: 12\n---\n\n# Body\n`;

function writeLesson(folder: string, text: string): string {
  const dir = path.join(root, folder);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'index.mdx');
  fs.writeFileSync(file, text);
  return file;
}

function errorOf(fn: () => unknown): LessonContentError {
  try {
    fn();
  } catch (error) {
    if (error instanceof LessonContentError) return error;
    throw error;
  }
  throw new Error('expected a LessonContentError');
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'lessons-'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('readLessons', () => {
  it('orders lessons by their two-digit prefix and drops it from the slug', () => {
    writeLesson('10-last-one', good('Ten'));
    writeLesson('02-second', good('Two'));
    writeLesson('01-first', good('One'));
    const lessons = readLessons(root);
    expect(lessons.map((l) => l.slug)).toEqual(['first', 'second', 'last-one']);
    expect(lessons.map((l) => l.order)).toEqual([1, 2, 10]);
    expect(lessons[0].title).toBe('One');
    expect(lessons[0].objectives).toEqual(['Learn a thing']);
    expect(lessons[0].minutes).toBe(12);
    expect(lessons[0].body).toContain('# Body');
    expect(lessons[0].body).not.toContain('title:');
  });

  it('ignores folders and files that are not NN-slug lesson folders', () => {
    writeLesson('01-first', good('One'));
    fs.mkdirSync(path.join(root, 'drafts'));
    fs.writeFileSync(path.join(root, 'README.md'), 'notes');
    expect(readLessons(root).map((l) => l.slug)).toEqual(['first']);
  });

  it('returns no lessons for a missing folder', () => {
    expect(readLessons(path.join(root, 'nope'))).toEqual([]);
  });

  it('names the file and the field when a field is missing', () => {
    const file = writeLesson('01-first', '---\ntitle: One\nobjectives: [a]\nminutes: 3\n---\n');
    const error = errorOf(() => readLessons(root));
    expect(error.file).toBe(file);
    expect(error.field).toBe('summary');
    expect(error.message).toContain(file);
    expect(error.message).toContain('"summary"');
    expect(error.message).toContain('missing');
  });

  it('rejects wrong types, empty objectives and non-positive minutes, naming the field', () => {
    writeLesson('01-first', '---\ntitle: One\nsummary: S\nobjectives: [a]\nminutes: "ten"\n---\n');
    expect(errorOf(() => readLessons(root)).field).toBe('minutes');

    writeLesson('01-first', '---\ntitle: One\nsummary: S\nobjectives: []\nminutes: 5\n---\n');
    expect(errorOf(() => readLessons(root)).field).toBe('objectives');

    writeLesson('01-first', '---\ntitle: One\nsummary: S\nobjectives: [a]\nminutes: 0\n---\n');
    expect(errorOf(() => readLessons(root)).message).toMatch(/"minutes".*positive/);

    writeLesson('01-first', '---\ntitle: One\nsummary: S\nobjectives: ["ok", ""]\nminutes: 5\n---\n');
    expect(errorOf(() => readLessons(root)).field).toBe('objectives.1');
  });

  it('reports a lesson without any frontmatter by its first missing field', () => {
    const file = writeLesson('01-first', '# Just a heading\n');
    const error = errorOf(() => readLessons(root));
    expect(error.file).toBe(file);
    expect(error.field).toBe('title');
  });

  it('reports broken YAML, a folder without index.mdx and duplicate numbers', () => {
    const file = writeLesson('01-first', '---\ntitle: [unclosed\n---\n');
    expect(errorOf(() => readLessons(root)).message).toContain(file);

    writeLesson('01-first', good('One'));
    fs.mkdirSync(path.join(root, '02-empty'));
    expect(errorOf(() => readLessons(root)).message).toMatch(/02-empty.*index\.mdx/);

    fs.rmSync(path.join(root, '02-empty'), { recursive: true });
    writeLesson('01-other', good('Other'));
    expect(errorOf(() => readLessons(root)).message).toMatch(/lesson number 01/);
  });
});

describe('navigation helpers', () => {
  it('finds lessons and their neighbours', () => {
    writeLesson('01-a', good('A'));
    writeLesson('02-b', good('B'));
    writeLesson('03-c', good('C'));
    const lessons = readLessons(root);
    expect(findLesson('b', lessons)?.title).toBe('B');
    expect(findLesson('missing', lessons)).toBeNull();
    const middle = adjacentLessons('b', lessons);
    expect([middle.previous?.slug, middle.next?.slug]).toEqual(['a', 'c']);
    expect(adjacentLessons('a', lessons).previous).toBeNull();
    expect(adjacentLessons('c', lessons).next).toBeNull();
    expect(adjacentLessons('zzz', lessons)).toEqual({ previous: null, next: null });
    expect(lessonHref('b')).toBe('/learn/b/');
  });
});
