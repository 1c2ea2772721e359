/**
 * Structural checks of the lessons: only the registered tags, no raw HTML, and every lab, comparison,
 * figure, exercise and quiz pointing at something that exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listExamples } from '../lib/course/examples';
import { listExercises } from '../lib/course/exercises';
import { readLessons } from '../lib/course/lessons';

const TAGS = [
  'Note',
  'Warning',
  'InterviewTip',
  'DockerfileLab',
  'Compare',
  'CourseGoal',
  'Exercise',
  'Challenges',
  'Quiz',
  'SimFigure',
  'Terminal',
  'SourceNote',
  'ExampleFiles',
  'Notes',
  'Step',
  'Slide',
];
const lessons = readLessons(path.join(__dirname, 'lessons'));
const examples = new Map(listExamples().map((e) => [e.id, new Set(e.dockerfiles.map((d) => d.name))]));
const exercises = listExercises();

/** The MDX text without fenced code blocks and inline code, where tags are not tags. */
function prose(body: string): string {
  return body.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

function attr(tag: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

/** The exercise ids a lesson shows: `<Exercise id="…" />` and `<Challenges ids={["…", …]} />`. */
function exerciseIds(body: string): string[] {
  const single = [...body.matchAll(/<Exercise id="([^"]+)" \/>/g)].map((m) => m[1]);
  const ladders = [...body.matchAll(/<Challenges ids=\{\[([^\]]*)\]\} \/>/g)].flatMap((m) =>
    [...m[1].matchAll(/"([^"]+)"/g)].map((id) => id[1]),
  );
  return [...single, ...ladders];
}

describe.each(lessons.map((l) => [l.folder, l] as const))('lesson %s', (folder, lesson) => {
  const text = prose(lesson.body);
  const tags = [...text.matchAll(/<([A-Za-z][\w.]*)\b[^>]*>/g)].map((m) => ({ name: m[1], source: m[0] }));

  it('uses only the registered tags and no raw HTML', () => {
    expect(tags.map((t) => t.name).filter((n) => !TAGS.includes(n))).toEqual([]);
  });

  it('points every lab, comparison and figure at an existing example file', () => {
    for (const tag of tags.filter((t) => ['DockerfileLab', 'SimFigure', 'Compare'].includes(t.name))) {
      const example = attr(tag.source, 'example') ?? '';
      const files = examples.get(example);
      expect(files, `${tag.source}: unknown example`).toBeDefined();
      const names =
        tag.name === 'Compare'
          ? [...(/files=\{\[([^\]]*)\]\}/.exec(tag.source)?.[1].matchAll(/"([^"]+)"/g) ?? [])].map(
              (m) => m[1],
            )
          : [
              attr(tag.source, 'file') ?? '',
              ...(attr(tag.source, 'versus') ? [attr(tag.source, 'versus') ?? ''] : []),
            ];
      expect(names.length, tag.source).toBeGreaterThan(0);
      for (const name of names) expect(files?.has(name), `${tag.source}: ${name}`).toBe(true);
    }
  });

  it('points every terminal at an existing example', () => {
    for (const tag of tags.filter((t) => t.name === 'Terminal')) {
      expect(examples.has(attr(tag.source, 'example') ?? ''), tag.source).toBe(true);
    }
  });

  it('has a live lab, comparison or terminal', () => {
    // The demo lesson is done in the terminal alone, so that the talk's Dockerfiles are not shown again
    // in labs after lessons 1 and 2.
    expect(tags.some((t) => ['DockerfileLab', 'Compare', 'Terminal'].includes(t.name))).toBe(true);
  });

  it('ends with its quiz', () => {
    const quizzes = tags.filter((t) => t.name === 'Quiz');
    expect(quizzes.map((q) => attr(q.source, 'id'))).toEqual([folder]);
    expect(lesson.body.trimEnd().endsWith('/>')).toBe(true);
    expect(lesson.body.trimEnd().split('\n').at(-1)).toMatch(/^<Quiz id=/);
  });

  it('has a recap', () => {
    expect(lesson.body).toMatch(/^## Recap$/m);
  });

  it('has challenges that exist and belong to it, under a "Challenges" heading', () => {
    const ids = exerciseIds(text);
    // Issue 18: every lesson ends with a ladder of at least two challenges.
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids) expect(exercises.find((e) => e.id === id)?.lesson, `${id}`).toBe(lesson.slug);
    expect(new Set(ids).size).toBe(ids.length);
    if (text.includes('<Challenges '))
      expect(lesson.body).toMatch(/^## Challenges\n\n(?:<Notes>[\s\S]*?<\/Notes>\n\n)?<Challenges /m);
  });
});

describe('exercises and lessons', () => {
  it('gives every exercise a lesson that exists', () => {
    const slugs = new Set(lessons.map((l) => l.slug));
    for (const e of exercises) {
      expect(slugs.has(e.lesson), `${e.id} → ${e.lesson}`).toBe(true);
    }
  });

  it('shows every exercise in its lesson', () => {
    for (const e of exercises) {
      const lesson = lessons.find((l) => l.slug === e.lesson);
      if (!lesson) continue;
      expect(exerciseIds(prose(lesson.body)), e.id).toContain(e.id);
    }
  });

  it('keeps lesson files free of raw HTML comments', () => {
    for (const l of lessons) expect(fs.readFileSync(l.file, 'utf8')).not.toMatch(/<!--/);
  });
});
