/**
 * The predict-the-outcome questions say what Docker does; these tests ask the simulator the same
 * question, so the quiz and the simulator cannot drift apart.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze';
import { runImage } from '../build/run/index';
import { loadExample } from '../course/examples';
import { loadQuizContent } from './load';
import type { PredictQuestion, Question } from './types';
import { simulateDockerfile } from '../analyze';

const content = loadQuizContent();
const all: Question[] = [...content.bank, ...[...content.lessonQuizzes.values()].flatMap((q) => q.questions)];

function predict(id: string): PredictQuestion {
  const q = all.find((x) => x.id === id);
  if (!q || q.kind !== 'predict') throw new Error(`no predict question ${id}`);
  return q;
}

/** The text of the correct option. */
function answerOf(id: string): string {
  return predict(id).options.find((o) => o.correct)!.text;
}

function builtStages(
  text: string,
  target: string | null,
  builder: 'buildkit' | 'legacy' = 'buildkit',
): string[] {
  const { graph } = analyzeDockerfile(text, { target, builder });
  return graph.stages.filter((s) => s.built).map((s) => s.name ?? `#${s.index}`);
}

const threeTier = loadExample('three-tier-app').dockerfiles.find((d) => d.name === 'Dockerfile')!.text;
const calculator = loadExample('go-calculator');
const multiStage = calculator.dockerfiles.find((d) => d.name === 'Dockerfile.multi-stage')!.text;

describe('stage predictions agree with the build planner', () => {
  it('skipped-test-stage: BuildKit skips the test stage', () => {
    expect(builtStages(predict('skipped-test-stage').code!.text, null)).toEqual(['build', '#2']);
    expect(answerOf('skipped-test-stage')).toMatch(/^build and the final stage; test is skipped/);
  });

  it('target-backend: --target backend builds backend-build and backend', () => {
    expect(builtStages(threeTier, 'backend')).toEqual(['backend-build', 'backend']);
    expect(answerOf('target-backend')).toBe('backend-build and backend.');
  });

  it('frontend-default-target: the default target builds the front-end stages only', () => {
    expect(builtStages(threeTier, null)).toEqual(['frontend-build', 'frontend']);
    expect(answerOf('frontend-default-target')).toBe('frontend-build and frontend.');
  });

  it('legacy-builder-target: the legacy builder runs every stage up to the target', () => {
    expect(builtStages(threeTier, 'backend', 'legacy')).toEqual([
      'frontend-build',
      'backend-build',
      'backend',
    ]);
    expect(answerOf('legacy-builder-target')).toBe('frontend-build, backend-build and backend.');
  });

  it('copy-from-index: --from=0 names the first stage', () => {
    const { graph } = analyzeDockerfile(predict('copy-from-index').code!.text);
    expect(graph.stages.map((s) => s.built)).toEqual([true, true]);
    expect(answerOf('copy-from-index')).toMatch(/first stage/);
  });
});

describe('run predictions agree with the run model', () => {
  const image = simulateDockerfile(multiStage, { context: calculator.context }).image!;

  it('run-without-it: closed stdin loops on "Invalid input"', () => {
    const out = runImage(image, { stdin: '' });
    expect(out.status).toBe('started');
    expect(out.stdout).toContain('Invalid input. Try again.');
    expect(out.truncated).toBe(true);
    expect(answerOf('run-without-it')).toMatch(/Invalid input\. Try again\./);
  });

  it('divide-by-zero: Go panics and the container exits with status 2', () => {
    const out = runImage(image, { stdin: '7 / 0\n' });
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toContain('integer divide by zero');
    expect(answerOf('divide-by-zero')).toMatch(/status 2/);
  });

  it('integer-division: 5 / 2 prints Result: 2', () => {
    const out = runImage(image, { stdin: '5 / 2\nexit\n' });
    expect(out.stdout).toContain('Result: 2\n');
  });

  it('shell-form-on-distroless: a shell-form CMD on distroless fails for want of /bin/sh', () => {
    const text = multiStage
      .replace('FROM scratch', 'FROM gcr.io/distroless/static-debian12')
      .replace('ENTRYPOINT ["/app"]', 'CMD /app');
    const built = simulateDockerfile(text, { context: calculator.context }).image!;
    const out = runImage(built);
    expect(out.status).toBe('failed');
    expect(out.stderr).toContain('exec: "/bin/sh": stat /bin/sh: no such file or directory');
    expect(answerOf('shell-form-on-distroless')).toContain(
      'exec: "/bin/sh": stat /bin/sh: no such file or directory',
    );
  });
});
