import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExerciseContentError, listExercises, loadExercise } from './exercises';
import { isAnswerKind } from './exercise-types';
import { allGoalsPassed, gradeExercise } from './grade';

/** Lesson number by slug, from the lesson folders (`02-multi-stage-builds` → `02`). */
const LESSON_NUMBERS: Record<string, string> = Object.fromEntries(
  fs
    .readdirSync(path.join(process.cwd(), 'content', 'lessons'))
    .map((dir) => /^(\d{2})-(.+)$/.exec(dir))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[2], m[1]]),
);
/** Every lesson of the course ends with a ladder of at least two challenges (issue 18). */
const LESSONS_WITH_LADDERS = Object.keys(LESSON_NUMBERS);

const exercises = listExercises();

describe('the exercise list', () => {
  it('ends every lesson with at least two challenges', () => {
    expect(LESSONS_WITH_LADDERS.length).toBeGreaterThanOrEqual(17);
    for (const slug of LESSONS_WITH_LADDERS) {
      const count = exercises.filter((e) => e.lesson === slug).length;
      expect(count, slug).toBeGreaterThanOrEqual(2);
    }
  });

  it('numbers each new challenge after its lesson (NN-name, NN = the lesson number)', () => {
    // Written before their lessons were renumbered; they keep their ids (progress is stored by id).
    const renumbered = new Set(['10-the-interview-story', '09-drop-root']);
    for (const e of exercises) {
      if (renumbered.has(e.id)) continue;
      expect(e.id.slice(0, 2), e.id).toBe(LESSON_NUMBERS[e.lesson]);
    }
  });

  it('points every exercise at a known lesson', () => {
    for (const e of exercises) {
      expect(LESSONS_WITH_LADDERS, e.id).toContain(e.lesson);
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

  it('break it: exec form still runs, shell form fails on the missing /bin/sh, another breakage is named', () => {
    const exercise = loadExercise('04-break-it-on-purpose');
    const goal = (text: string) =>
      gradeExercise(exercise, text, exercise.context).find((r) => r.goal.kind === 'runFails');
    expect(goal(exercise.start)?.passed).toBe(false);
    expect(goal(exercise.solution)?.passed).toBe(true);
    const wrongBreak = exercise.start.replace('ENTRYPOINT ["/app"]', 'ENTRYPOINT ["/calculator"]');
    expect(goal(wrongBreak)?.passed).toBe(false);
    expect(goal(wrongBreak)?.message).toMatch(/not with an error mentioning "\/bin\/sh"/);
  });

  it('a supported Go: Go 1.18 from apt fails, the Alpine golang image passes as well as Debian', () => {
    const exercise = loadExercise('05-the-demo-on-a-current-go');
    const goal = (text: string) =>
      gradeExercise(exercise, text, exercise.context).find((r) => r.goal.kind === 'minRuntimeVersion');
    expect(goal(exercise.start)?.message).toMatch(/go 1\.18\.1, older than 1\.25/);
    const alpine = exercise.solution.replace('golang:1.25-bookworm', 'golang:1.25-alpine');
    const results = gradeExercise(exercise, alpine, exercise.context);
    expect(results.filter((r) => !r.passed).map((r) => r.message)).toEqual([]);
  });

  it('same-layer clean-up: a later rm does not shrink the image, the same RUN does', () => {
    const exercise = loadExercise('01-clean-up-in-the-same-layer');
    const size = (text: string) =>
      gradeExercise(exercise, text, exercise.context).find((r) => r.goal.kind === 'maxSize');
    expect(size(exercise.start)?.passed).toBe(false);
    const withoutRm = exercise.start.replace('RUN rm -rf /var/lib/apt/lists/*\n', '');
    expect(withoutRm).not.toEqual(exercise.start);
    // Deleting in a later layer saves nothing: same verdict and message as not deleting at all.
    expect(size(withoutRm)?.message).toBe(size(exercise.start)?.message);
    expect(size(exercise.solution)?.passed).toBe(true);
  });

  it('only what you asked for: either fix alone stays above the limit, both together pass', () => {
    const exercise = loadExercise('01-skip-the-recommendations');
    const size = (text: string) =>
      gradeExercise(exercise, text, exercise.context).find((r) => r.goal.kind === 'maxSize')?.passed;
    const install = 'apt-get install -y golang-go';
    expect(exercise.start).toContain(install);
    expect(size(exercise.start.replace(install, `${install} && rm -rf /var/lib/apt/lists/*`))).toBe(false);
    expect(
      size(exercise.start.replace(install, 'apt-get install -y --no-install-recommends golang-go')),
    ).toBe(false);
    expect(size(exercise.solution)).toBe(true);
  });

  it('a base that brings Python: Ubuntu with every apt saving applied still misses the limit', () => {
    const exercise = loadExercise('01-a-base-that-brings-python');
    const leanest = exercise.start.replace(
      'apt-get install -y python3 python3-pip',
      'apt-get install -y --no-install-recommends python3 python3-pip && rm -rf /var/lib/apt/lists/*',
    );
    expect(leanest).not.toEqual(exercise.start);
    const size = gradeExercise(exercise, leanest, exercise.context).find((r) => r.goal.kind === 'maxSize');
    expect(size?.passed).toBe(false);
  });

  it('a test stage: copying the binary from test builds test with every release, from build skips it', () => {
    const exercise = loadExercise('02-keep-the-tests-out-of-the-image');
    const skipped = (text: string) =>
      gradeExercise(exercise, text, exercise.context).find((r) => r.goal.kind === 'stageSkipped');
    expect(skipped(exercise.start)?.message).toMatch(/also builds "test"/);
    expect(skipped(exercise.solution)?.passed).toBe(true);
    // Deleting the test stage is not the answer: CI still needs it.
    const deleted = exercise.solution.replace(/FROM build AS test\nRUN go vet \.\/\.\.\.\n/, '');
    expect(deleted).not.toEqual(exercise.solution);
    expect(allGoalsPassed(gradeExercise(exercise, deleted, exercise.context))).toBe(false);
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
