import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExerciseContentError, listExercises, loadExercise } from './exercises';
import { isAnswerKind } from './exercise-types';
import { allGoalsPassed, gradeExercise } from './grade';

/** The lessons that must each have at least one exercise (lesson 2 onwards). */
const LESSONS_WITH_EXERCISES = [
  'multi-stage-builds',
  'three-tier-app',
  'distroless-images',
  'go-calculator-demo',
  'choosing-distroless-images',
  'python-on-distroless',
  'java-on-distroless',
  'faster-builds',
  'secrets-and-private-dependencies',
  'multi-platform-builds',
  'a-modern-go-build',
  'safer-containers',
  'operating-distroless',
  'node-on-distroless',
  'supply-chain-and-lifecycle',
  'interview-preparation',
];

/** Lessons that may have exercises without being required to yet (written alongside them). */
const NEW_LESSONS = [
  'faster-builds',
  'secrets-and-private-dependencies',
  'multi-platform-builds',
  'a-modern-go-build',
  'safer-containers',
  'operating-distroless',
  'supply-chain-and-lifecycle',
  'node-on-distroless',
];

const exercises = listExercises();

describe('the exercise list', () => {
  it('has at least one exercise for every lesson from lesson 2 on', () => {
    const lessons = new Set(exercises.map((e) => e.lesson));
    for (const slug of LESSONS_WITH_EXERCISES) expect(lessons, slug).toContain(slug);
  });

  it('points every exercise at a known lesson', () => {
    for (const e of exercises) {
      expect(['why-images-get-big', ...LESSONS_WITH_EXERCISES, ...NEW_LESSONS], e.id).toContain(e.lesson);
    }
  });

  it('has predict and find challenges in lessons 1 to 3', () => {
    const early = exercises.filter((e) => /^0[123]-/.test(e.id));
    expect(early.filter((e) => e.kind === 'predict').length).toBeGreaterThanOrEqual(2);
    expect(early.filter((e) => e.kind === 'find').length).toBeGreaterThanOrEqual(1);
    for (const e of exercises) expect([1, 2, 3, 4], e.id).toContain(e.level);
  });
});

const built = exercises.filter((e) => !isAnswerKind(e.kind));

describe.each(built.map((e) => e.id))('exercise %s', (id) => {
  const exercise = loadExercise(id);

  it('loads everything the exercise UI needs', () => {
    expect(exercise.instructions.length).toBeGreaterThan(40);
    expect(exercise.hints.length).toBeGreaterThanOrEqual(3);
    expect(exercise.goals.every((g) => g.label.length > 0)).toBe(true);
    expect(exercise.context.files.length).toBeGreaterThan(0);
    expect(exercise.start).not.toEqual(exercise.solution);
  });

  it('passes every goal with the solution', () => {
    const results = gradeExercise(exercise, exercise.solution, exercise.context);
    const failed = results.filter((r) => !r.passed).map((r) => `${r.goal.label}: ${r.message}`);
    expect(failed).toEqual([]);
    expect(allGoalsPassed(results)).toBe(true);
  });

  it('fails at least one goal with the starting Dockerfile', () => {
    const results = gradeExercise(exercise, exercise.start, exercise.context);
    expect(results).toHaveLength(exercise.goals.length);
    expect(allGoalsPassed(results)).toBe(false);
    for (const r of results) expect(r.message.length).toBeGreaterThan(0);
  });
});

describe('grading by outcome, not by text', () => {
  it('accepts a different correct answer: the calculator on distroless static instead of scratch', () => {
    const exercise = loadExercise('02-shrink-the-calculator');
    const other = [
      'FROM ubuntu:22.04 AS compile',
      'RUN apt-get update && apt-get install -y golang-go',
      'ENV GO111MODULE=off',
      'COPY calculator.go .',
      'RUN CGO_ENABLED=0 go build -o /calculator calculator.go',
      'FROM gcr.io/distroless/static-debian12',
      'COPY --from=compile /calculator /usr/local/bin/calculator',
      'ENTRYPOINT ["/usr/local/bin/calculator"]',
      '',
    ].join('\n');
    const results = gradeExercise(exercise, other, exercise.context);
    expect(results.filter((r) => !r.passed).map((r) => r.message)).toEqual([]);
  });

  it('accepts a JRE image for the back end as well as distroless Java', () => {
    const exercise = loadExercise('03-one-image-per-tier');
    const other = exercise.start.replace(
      '# TODO: a "backend" stage that ships only the jar on a Java runtime.',
      [
        'FROM eclipse-temurin:17-jre AS backend',
        'COPY --from=backend-build /src/target/app.jar /opt/app.jar',
        'ENTRYPOINT ["java", "-jar", "/opt/app.jar"]',
      ].join('\n'),
    );
    const results = gradeExercise(exercise, other, exercise.context);
    expect(results.filter((r) => !r.passed).map((r) => r.message)).toEqual([]);
  });

  it('rejects a shell-form ENTRYPOINT on distroless: the image cannot start', () => {
    const exercise = loadExercise('04-no-shell-no-problem');
    const broken = exercise.solution.replace('ENTRYPOINT ["/app"]', 'ENTRYPOINT /app');
    const results = gradeExercise(exercise, broken, exercise.context);
    const starts = results.find((r) => r.goal.kind === 'starts');
    expect(starts?.passed).toBe(false);
    expect(starts?.message).toMatch(/\/bin\/sh/);
  });

  it.each([
    [
      '04-no-shell-no-problem',
      'gcr.io/distroless/static-debian13:nonroot',
      'gcr.io/distroless/static-debian13:debug',
    ],
    [
      '06-pick-the-right-distroless',
      'gcr.io/distroless/static-debian13:nonroot',
      'gcr.io/distroless/static-debian13:debug-nonroot',
    ],
  ])('%s: a :debug final image has BusyBox at /busybox/sh, so the no-shell goal fails', (id, from, debug) => {
    const exercise = loadExercise(id);
    expect(exercise.solution).toContain(`FROM ${from}\n`);
    const results = gradeExercise(
      exercise,
      exercise.solution.replace(`FROM ${from}\n`, `FROM ${debug}\n`),
      exercise.context,
    );
    const noShell = results.find((r) => r.goal.kind === 'noShell');
    expect(noShell?.passed).toBe(false);
    expect(noShell?.message).toMatch(/\/busybox\/sh/);
  });

  it('drop root: a numeric USER passes, a named USER is refused as Kubernetes refuses it', () => {
    const exercise = loadExercise('09-drop-root');
    const grade = (text: string) =>
      gradeExercise(exercise, text, exercise.context).find((r) => r.goal.kind === 'numericUser');
    const named = grade(`${exercise.start.trimEnd()}\nUSER nonroot\n`);
    expect(named?.passed).toBe(false);
    expect(named?.message).toMatch(/runAsNonRoot/);
    expect(grade(`${exercise.start.trimEnd()}\nUSER 65532:65532\n`)?.passed).toBe(true);
    expect(grade(`${exercise.start.trimEnd()}\nUSER 0\n`)?.passed).toBe(false);
  });

  it('python: a build stage on another Python version fails the version goal', () => {
    const exercise = loadExercise('07-python-without-a-shell');
    const mismatched = exercise.solution.replace('python:3.13-slim-trixie', 'python:3.12-slim');
    const goal = gradeExercise(exercise, mismatched, exercise.context).find(
      (r) => r.goal.kind === 'sameRuntimeVersion',
    );
    expect(goal?.passed).toBe(false);
    expect(goal?.message).toMatch(/python 3\.13.*python 3\.12/);
  });

  it('never throws, whatever the text', () => {
    const exercise = loadExercise('05-fix-the-demo');
    for (const text of ['', 'FROM', 'RUN echo hi', 'FROM scratch AS x\nCOPY --from=x / /\n', '\u0000\n{{']) {
      const results = gradeExercise(exercise, text, exercise.context);
      expect(results).toHaveLength(exercise.goals.length);
      expect(allGoalsPassed(results)).toBe(false);
    }
  });
});

describe('exercise validation', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  function fixture(json: unknown, files: Record<string, string> = {}): string {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exercises-'));
    const ex = path.join(dir, '01-broken');
    fs.mkdirSync(ex);
    fs.writeFileSync(path.join(ex, 'exercise.json'), typeof json === 'string' ? json : JSON.stringify(json));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(ex, name)), { recursive: true });
      fs.writeFileSync(path.join(ex, name), text);
    }
    return dir;
  }

  const valid = {
    title: 'x',
    lesson: 'multi-stage-builds',
    example: 'go-calculator',
    instructions: 'Do it.',
    goals: [{ kind: 'noShell' }],
    hints: ['a', 'b', 'c'],
  };

  it('names the file and the problem for an unknown goal kind', () => {
    const root = fixture({ ...valid, goals: [{ kind: 'tiny' }] });
    expect(() => listExercises(root)).toThrow(ExerciseContentError);
    expect(() => listExercises(root)).toThrow(/01-broken[/\\]exercise\.json: invalid exercise\.json: goals/);
  });

  it('requires three hints', () => {
    const root = fixture({ ...valid, hints: ['only one'] });
    expect(() => listExercises(root)).toThrow(/hints/);
  });

  it('names a missing solution', () => {
    const root = fixture(valid, { 'start/Dockerfile': 'FROM scratch\n' });
    expect(() => loadExercise('01-broken', root)).toThrow(
      /solution[/\\]Dockerfile: solution\/Dockerfile is missing/,
    );
  });

  it('defaults the kind to build and the level to 1, and refuses a level outside 1–4 or an unknown kind', () => {
    const ok = fixture(valid);
    expect(listExercises(ok)[0]).toMatchObject({ kind: 'build', level: 1 });
    expect(() => listExercises(fixture({ ...valid, level: 5 }))).toThrow(/level/);
    expect(() => listExercises(fixture({ ...valid, level: 2.5 }))).toThrow(/level/);
    expect(() => listExercises(fixture({ ...valid, kind: 'guess' }))).toThrow(/kind/);
    expect(() => listExercises(fixture({ ...valid, difficulty: 2 }))).toThrow(/difficulty/);
  });

  it('refuses goals on a predict challenge and a build challenge without goals', () => {
    expect(() => listExercises(fixture({ ...valid, kind: 'predict' }))).toThrow(
      /goals: a "predict" challenge is graded from the simulation/,
    );
    const { goals: _goals, ...noGoals } = valid;
    expect(() => listExercises(fixture({ ...noGoals, kind: 'break' }))).toThrow(
      /goals: a "break" challenge needs goals/,
    );
    expect(listExercises(fixture({ ...noGoals, kind: 'find', level: 4 }))[0]).toMatchObject({
      kind: 'find',
      level: 4,
    });
  });

  it('loads a find challenge without a solution folder, and refuses one that has it', () => {
    const { goals: _goals, ...noGoals } = valid;
    const json = { ...noGoals, kind: 'find' };
    const loaded = loadExercise('01-broken', fixture(json, { 'start/Dockerfile': 'FROM scratch\n' }));
    expect(loaded).toMatchObject({ kind: 'find', goals: [], solution: 'FROM scratch\n' });
    const both = fixture(json, {
      'start/Dockerfile': 'FROM scratch\n',
      'solution/Dockerfile': 'FROM scratch\n',
    });
    expect(() => loadExercise('01-broken', both)).toThrow(/has no solution folder/);
  });

  it('reads an answer challenge from the example file it names, and refuses a build challenge that names one', () => {
    const { goals: _goals, ...noGoals } = valid;
    const json = { ...noGoals, kind: 'predict', file: 'Dockerfile.multi-stage' };
    expect(loadExercise('01-broken', fixture(json)).start).toMatch(/^FROM scratch$/m);
    expect(() => loadExercise('01-broken', fixture({ ...json, file: 'Dockerfile.nope' }))).toThrow(
      /has no Dockerfile called "Dockerfile.nope"/,
    );
    expect(() => loadExercise('01-broken', fixture(json, { 'start/Dockerfile': 'FROM scratch\n' }))).toThrow(
      /a start folder would be a second copy/,
    );
    expect(() => listExercises(fixture({ ...valid, file: 'Dockerfile.multi-stage' }))).toThrow(/file:/);
  });

  it('names an example that does not exist', () => {
    const root = fixture(
      { ...valid, example: 'nowhere' },
      {
        'start/Dockerfile': 'FROM scratch\n',
        'solution/Dockerfile': 'FROM scratch\n',
      },
    );
    expect(() => loadExercise('01-broken', root)).toThrow(/example "nowhere" cannot be loaded/);
  });
});
