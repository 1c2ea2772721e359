import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLessonFile } from './lessons-compile';
import { readLessons } from './lessons';

const lessons = readLessons(path.join(process.cwd(), 'content', 'lessons'));

describe('compiling the lessons', () => {
  it.each(lessons.map((l) => [l.folder, l] as const))(
    '%s compiles, with its Dockerfile blocks and figures checked',
    async (_folder, lesson) => {
      const compiled = await compileLessonFile(lesson);
      expect(compiled.code.length).toBeGreaterThan(1000);
      expect(compiled.headings.length).toBeGreaterThan(2);
    },
    60_000,
  );

  it('refuses a lesson whose Dockerfile block does not parse', async () => {
    const lesson = { ...lessons[0], body: '```dockerfile\nFROM scratch   # before\n```\n' };
    await expect(compileLessonFile(lesson)).rejects.toThrow(/does not parse/);
  });

  it('refuses a lesson whose SimFigure contradicts its sentence', async () => {
    const body =
      'It is <SimFigure example="go-calculator" file="Dockerfile.multi-stage" show="ratio" versus="Dockerfile.single-stage" /> the size.\n';
    await expect(compileLessonFile({ ...lessons[0], body })).rejects.toThrow(/contradicts its sentence/);
  });
});
