import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQuizContent } from './load';
import {
  checkQuestion,
  selectableLines,
  validateBankFile,
  validateLessonQuiz,
  type ValidationContext,
} from './validate';
import type { Question } from './types';

const ctx: ValidationContext = {
  anchors: new Map([['02-multi-stage-builds', new Set(['only-the-last-stage-ships'])]]),
  hasExampleFile: (example, file) => example === 'go-calculator' && file === 'Dockerfile.multi-stage',
};
const opt = (id: string, correct: boolean) => ({ id, text: id, correct, explanation: `why ${id}` });
const single = (options: ReturnType<typeof opt>[], extra: Partial<Question> = {}): Question =>
  ({ id: 'q', kind: 'single', lesson: '02-multi-stage-builds', prompt: 'p', options, ...extra }) as Question;

describe('checkQuestion', () => {
  it('accepts a good question', () => {
    expect(
      checkQuestion(single([opt('a', true), opt('b', false)], { anchor: 'only-the-last-stage-ships' }), ctx),
    ).toEqual([]);
  });

  it('requires exactly one correct option for single choice and predict', () => {
    expect(checkQuestion(single([opt('a', true), opt('b', true)]), ctx)).toContain(
      'a single question needs exactly 1 correct option, found 2',
    );
    expect(checkQuestion(single([opt('a', false), opt('b', false)]), ctx)[0]).toMatch(
      /exactly 1 correct option, found 0/,
    );
    const predict = {
      ...single([opt('a', true), opt('b', true)]),
      kind: 'predict',
      outcome: 'starts',
    } as Question;
    expect(checkQuestion(predict, ctx)[0]).toMatch(/predict question needs exactly 1/);
  });

  it('requires a right and a wrong option for multiple choice', () => {
    const all = { ...single([opt('a', true), opt('b', true), opt('c', true)]), kind: 'multiple' } as Question;
    const none = {
      ...single([opt('a', false), opt('b', false), opt('c', false)]),
      kind: 'multiple',
    } as Question;
    expect(checkQuestion(all, ctx)).toContain('a multiple-choice question needs at least 1 wrong option');
    expect(checkQuestion(none, ctx)).toContain('a multiple-choice question needs at least 1 correct option');
  });

  it('rejects unknown lessons, missing anchors and duplicate option ids', () => {
    expect(
      checkQuestion(single([opt('a', true), opt('b', false)], { lesson: '11-kubernetes' }), ctx)[0],
    ).toMatch(/unknown lesson "11-kubernetes"/);
    expect(checkQuestion(single([opt('a', true), opt('b', false)], { anchor: 'nope' }), ctx)[0]).toMatch(
      /anchor "#nope" is not a heading/,
    );
    // A lesson without a file is not checked for anchors.
    expect(
      checkQuestion(
        single([opt('a', true), opt('b', false)], { lesson: '10-faster-builds', anchor: 'x' }),
        ctx,
      ),
    ).toEqual([]);
    expect(checkQuestion(single([opt('a', true), opt('a', false)]), ctx)[0]).toMatch(
      /duplicate option ids: a/,
    );
  });

  it('requires an explanation for every selectable line of a spot-the-line question, and a selectable answer', () => {
    const q = {
      id: 'l',
      kind: 'spot-line',
      lesson: '02-multi-stage-builds',
      prompt: 'p',
      dockerfile: 'FROM scratch\n\n# comment\nCOPY a /a\nCMD /a',
      answerLine: 3,
      lines: [
        { line: 1, text: 'x' },
        { line: 2, text: 'x' },
      ],
    } as Question;
    expect(selectableLines('FROM scratch\n\n# comment\nCOPY a /a\nCMD /a')).toEqual([1, 4, 5]);
    expect(checkQuestion(q, ctx)).toEqual([
      'answerLine 3 is not a selectable line (selectable: 1, 4, 5)',
      'no explanation for line(s) 4, 5',
      'explanations for line(s) that cannot be picked: 2',
    ]);
  });

  it('checks that an estimate names an existing example Dockerfile', () => {
    const q = {
      id: 'e',
      kind: 'estimate',
      lesson: '05-go-calculator-demo',
      prompt: 'p',
      source: { example: 'go-calculator', file: 'Dockerfile.nope' },
      tolerancePercent: 25,
      explanation: 'x',
    } as Question;
    expect(checkQuestion(q, ctx)).toEqual(['example "go-calculator" has no Dockerfile "Dockerfile.nope"']);
  });
});

describe('file validation', () => {
  it('names the file and the question for shape errors (missing explanation)', () => {
    const data = {
      topic: 't',
      questions: [
        {
          id: 'bad-one',
          kind: 'single',
          lesson: '02-multi-stage-builds',
          prompt: 'p',
          options: [{ id: 'a', text: 'a', correct: true }],
        },
      ],
    };
    const issues = validateBankFile('content/quizzes/interview/x.json', data, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'content/quizzes/interview/x.json', questionId: 'bad-one' });
    expect(issues[0].message).toMatch(/options\.0\.explanation/);
  });

  it('requires 3 to 6 questions in a lesson check whose id matches its file name', () => {
    const q = single([opt('a', true), opt('b', false)]);
    const issues = validateLessonQuiz(
      'f.json',
      '02-multi-stage-builds',
      { id: '03-three-tier-app', title: 't', questions: [q] },
      ctx,
    );
    expect(issues.map((i) => i.message)).toEqual([
      'id "03-three-tier-app" does not match the file name "02-multi-stage-builds"',
      'a lesson check has 3 to 6 questions, found 1',
    ]);
  });

  it('makes the loader throw with a message naming the file and question id', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quiz-'));
    fs.mkdirSync(path.join(dir, 'interview'));
    const bad = {
      topic: 't',
      questions: [single([opt('a', true), opt('b', true)], { id: 'two-right' } as Partial<Question>)],
    };
    fs.writeFileSync(path.join(dir, 'interview', 'bad.json'), JSON.stringify(bad));
    fs.writeFileSync(path.join(dir, 'interview', 'broken.json'), '{ nope');
    expect(() => readQuizContent({ quizzes: dir, lessons: path.join(dir, 'none'), examples: dir })).toThrow(
      /bad\.json \(question two-right\): a single question needs exactly 1 correct option, found 2[\s\S]*broken\.json: cannot be read as JSON/,
    );
  });
});
