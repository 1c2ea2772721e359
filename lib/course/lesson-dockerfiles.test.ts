import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dockerfileBlockProblems,
  lessonDockerfileBlocks,
  lessonDockerfileProblems,
} from './lesson-dockerfiles';
import { readLessons } from './lessons';

const lessons = readLessons(path.join(process.cwd(), 'content', 'lessons'));

describe('Dockerfile code blocks in the lessons', () => {
  it('finds the blocks of every lesson', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(10);
    expect(lessons.flatMap((l) => lessonDockerfileBlocks(l.body)).length).toBeGreaterThan(20);
  });

  it.each(lessons.map((l) => [l.folder, l.body] as const))(
    '%s: every block not marked as a mistake parses without errors',
    (_folder, body) => {
      expect(lessonDockerfileProblems(body)).toEqual([]);
    },
  );
});

describe('dockerfileBlockProblems', () => {
  it('flags a trailing comment on FROM and COPY (Docker reads it as arguments)', () => {
    expect(dockerfileBlockProblems('FROM scratch   # before\n')).toHaveLength(1);
    expect(dockerfileBlockProblems('COPY . .   # every commit\n')[0]).toMatch(/trailing #/);
  });

  it('flags exec form spoilt by a trailing comment: it becomes shell form', () => {
    expect(dockerfileBlockProblems('ENTRYPOINT ["/app"]   # exec form\n')[0]).toMatch(/shell form/);
  });

  it('accepts comments on their own lines, and # inside a shell-form RUN', () => {
    expect(dockerfileBlockProblems('# before\nFROM scratch\nRUN echo hi # sh ignores this\n')).toEqual([]);
  });

  it('reports parser errors with their line', () => {
    expect(dockerfileBlockProblems('FROM scratch\nRUN --mount=type=nope echo\n').join()).toMatch(/line 2/);
  });

  it('skips blocks marked as a deliberate mistake', () => {
    const body =
      '```dockerfile mistake\nFROM scratch  # wrong\n```\n\n```dockerfile\nFROM scratch # wrong\n```\n';
    expect(lessonDockerfileBlocks(body).map((b) => b.mistake)).toEqual([true, false]);
    expect(lessonDockerfileProblems(body)).toHaveLength(1);
  });
});
