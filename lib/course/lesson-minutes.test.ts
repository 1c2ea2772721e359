import { describe, expect, it } from 'vitest';
import { listLessons } from './lessons';
import {
  classMinutes,
  guidedMinutes,
  lessonWorkload,
  minutesAgree,
  roundedMinutes,
  ruleMinutes,
} from './lesson-minutes';
import { loadLessonQuiz } from '../quiz/load';

describe('lessonWorkload', () => {
  const body = [
    'Two words.',
    '',
    '<Notes>',
    '- **Say:** these speaker notes are never on the page',
    '</Notes>',
    '',
    '```dockerfile title="Dockerfile"',
    'FROM scratch',
    '',
    'COPY app /app',
    '```',
    '',
    '<SourceNote ids={["measured"]}>',
    '  collapsed source words are not counted',
    '</SourceNote>',
    '',
    '<DockerfileLab example="go-calculator" file="Dockerfile.single-stage" readOnly />',
    '<Terminal example="go-calculator" commands={["docker images"]} />',
    '{/* claim: go-single-stage */}',
    '| Build | Run |',
    '| ----- | --- |',
    '',
    '<Challenges ids={["01-a", "01-b", "01-c"]} />',
  ].join('\n');

  it('counts prose outside notes, tags and comments, code lines, labs and challenges', () => {
    expect(lessonWorkload(body)).toEqual({ proseWords: 4, codeLines: 2, labs: 2, challenges: 3 });
  });

  it('turns a workload into minutes by the stated rule', () => {
    const workload = { proseWords: 1000, codeLines: 40, labs: 2, challenges: 3 };
    // 1000 / 200 + 40 / 20 + 2 × 2 + 4 × 0.5 = 13; plus 3 × 3 for the challenges.
    expect(guidedMinutes(workload, 4)).toBe(13);
    expect(ruleMinutes(workload, 4)).toBe(22);
    expect(roundedMinutes(22)).toBe(20);
    expect(roundedMinutes(1)).toBe(5);
  });

  it('allows 3 minutes or 20 % either way, and no more', () => {
    expect(minutesAgree(25, 22)).toBe(true);
    expect(minutesAgree(20, 24)).toBe(true);
    expect(minutesAgree(35, 26.4)).toBe(false);
    expect(minutesAgree(15, 26.4)).toBe(false);
    expect(minutesAgree(40, 50)).toBe(true);
    expect(minutesAgree(35, 50)).toBe(false);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '```', '<Challenges ids={[]} />', '<Notes>', '```\nunclosed']) {
      expect(() => classMinutes(text)).not.toThrow();
    }
  });
});

describe('every lesson declares honest minutes', () => {
  const lessons = listLessons();

  it.each(lessons.map((l) => [l.folder, l] as const))('%s', (_folder, lesson) => {
    const workload = lessonWorkload(lesson.body);
    const questions = loadLessonQuiz(lesson.folder)?.questions.length ?? 0;
    const rule = ruleMinutes(workload, questions);
    expect(
      minutesAgree(lesson.minutes, rule),
      `${lesson.folder} declares ${lesson.minutes} minutes; the rule gives ${rule.toFixed(1)} ` +
        `(${workload.proseWords} words, ${workload.codeLines} code lines, ${workload.labs} labs, ` +
        `${questions} check questions, ${workload.challenges} challenges): declare ${roundedMinutes(rule)}`,
    ).toBe(true);
  });
});

describe('class time', () => {
  it('leaves time for the checks in the plans /teach/ suggests (lessons 1–2 in 45 minutes, 1, 2, 4, 5 in 90)', () => {
    const lessons = listLessons();
    const time = (orders: number[]) =>
      orders.reduce(
        (sum, order) => sum + classMinutes(lessons.find((l) => l.order === order)?.body ?? ''),
        0,
      );
    expect(time([1, 2])).toBeLessThan(45);
    expect(time([1, 2, 4, 5])).toBeLessThan(90);
  });

  it('is the text, code and labs only, never more than the whole lesson', () => {
    for (const lesson of listLessons()) {
      const whole = ruleMinutes(lessonWorkload(lesson.body), 0);
      expect(classMinutes(lesson.body)).toBeLessThanOrEqual(roundedMinutes(whole));
    }
  });
});
