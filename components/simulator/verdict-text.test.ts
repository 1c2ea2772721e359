import { describe, expect, it } from 'vitest';
import { calculatorRun, NO_SHELL_ERROR, noShellRun } from './fixtures';
import { dockerErrorText, lessonForRun, verdictLabel } from './verdict-text';

describe('verdict texts', () => {
  it('says a started container starts, and gives no lesson', () => {
    expect(verdictLabel(calculatorRun)).toBe('starts');
    expect(lessonForRun(calculatorRun)).toBeNull();
    expect(verdictLabel({ ...calculatorRun, exitCode: 2, truncated: false })).toBe(
      'starts, then exits with status 2',
    );
    expect(verdictLabel({ ...calculatorRun, exitCode: 137, truncated: true })).toBe('starts');
  });

  it("keeps Docker's exact error and points to the distroless lesson for a missing shell", () => {
    expect(verdictLabel(noShellRun)).toBe('fails to start');
    expect(dockerErrorText(noShellRun)).toBe(NO_SHELL_ERROR);
    expect(lessonForRun(noShellRun)?.href).toBe('/learn/distroless-images/');
  });

  it('points a dynamically linked binary on scratch to the Go demo lesson', () => {
    const run = {
      ...noShellRun,
      stderr: 'exec /app: no such file or directory',
      explanation: 'The binary is dynamically linked.',
    };
    expect(lessonForRun(run)?.href).toBe('/learn/go-calculator-demo/');
  });

  it('falls back to the explanation when Docker printed nothing', () => {
    expect(dockerErrorText({ ...noShellRun, stderr: '  ' })).toBe(noShellRun.explanation);
  });
});

describe('a run the model cannot tell', () => {
  it("says can't tell", () => {
    expect(
      verdictLabel({ ...calculatorRun, status: 'unknown', because: 'the ENTRYPOINT comes from x' }),
    ).toBe("can't tell");
  });
});
