/**
 * What a `docker run` outcome means for a learner: a one-line verdict, the text Docker printed, and
 * the lesson that explains the failure (errors are teaching moments).
 */
import type { RunOutcome } from '@/lib/build/types';

/** A lesson to read about a run failure. */
export interface LessonLink {
  href: string;
  title: string;
}

/**
 * Short verdict: `starts`, `fails to start`, `can't tell` (the model does not know), or `starts, then exits with status N` when the program
 * ended on its own with a non-zero status. A run the model cut short (a server, an endless loop)
 * simply `starts`: its exit code only records that the model stopped it.
 */
export function verdictLabel(run: RunOutcome): string {
  if (run.status === 'unknown') return "can't tell";
  if (run.status === 'failed') return 'fails to start';
  if (run.exitCode !== 0 && !run.truncated) return `starts, then exits with status ${run.exitCode}`;
  return 'starts';
}

/** The error text Docker printed when the container could not start (stderr, else the explanation). */
export function dockerErrorText(run: RunOutcome): string {
  return run.stderr.trim() || run.explanation;
}

/**
 * The lesson that explains why a container failed to start, chosen from Docker's error text; null
 * when the container started.
 */
export function lessonForRun(run: RunOutcome): LessonLink | null {
  if (run.status !== 'failed') return null;
  const text = `${run.stderr}\n${run.explanation}`;
  if (/"\/bin\/sh"|stat \/bin\/sh|shell form/i.test(text)) {
    return { href: '/learn/distroless-images/', title: 'Distroless images: why shell form needs /bin/sh' };
  }
  if (/^exec \S+: no such file or directory/m.test(text) || /dynamic|interpreter|libc/i.test(text)) {
    return {
      href: '/learn/go-calculator-demo/',
      title: 'The Go calculator demo: static binaries on scratch',
    };
  }
  if (/executable file not found|no such file or directory/i.test(text)) {
    return {
      href: '/learn/multi-stage-builds/',
      title: 'Multi-stage builds: copying what the final stage needs',
    };
  }
  return { href: '/learn/multi-stage-builds/', title: 'Multi-stage builds' };
}
