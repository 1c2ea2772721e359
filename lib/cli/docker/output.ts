/**
 * Building blocks of command output: results, Docker's column tables and its "2 minutes ago" times.
 */
import type { CommandResult } from './types';

/** A successful result. */
export function ok(stdout: string, notes: string[] = []): CommandResult {
  return { stdout, stderr: '', exitCode: 0, notes, clear: false };
}

/** A failed result with `stderr` and Docker's exit code. */
export function fail(stderr: string, exitCode: number, notes: string[] = []): CommandResult {
  return {
    stdout: '',
    stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`,
    exitCode,
    notes,
    clear: false,
  };
}

/**
 * Columns as the docker CLI prints them: Go's tabwriter with a minimum cell width of 10 and 3 spaces
 * of padding (docker/cli `formatter.NewContext`), the last column unpadded.
 */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) =>
    Math.max(10, ...[h, ...rows.map((r) => r[c] ?? '')].map((cell) => [...cell].length + 3)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell + ' '.repeat(widths[c] - [...cell].length)))
      .join('')
      .trimEnd();
  return `${[header, ...rows].map(line).join('\n')}\n`;
}

/**
 * go-units `HumanDuration`, which the CREATED column uses with " ago" appended
 * (docker/go-units duration.go).
 */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(seconds / 3600 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(seconds / 3600 / 24 / 365)} years`;
}

/**
 * docker/cli `formatter.Ellipsis`: cut to `max` characters, the last one replaced by `…`, as the
 * CREATED BY column of `docker history` is cut unless `--no-trunc` is given.
 */
export function ellipsis(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join('')}…`;
}

/** The "See 'docker run --help'." line Docker adds after a usage error. */
export function seeHelp(displayName: string): string {
  return `See '${displayName} --help'.`;
}

/** Docker's usage error for missing operands: `docker: 'docker rmi' requires at least 1 argument.` */
export function needsArguments(displayName: string, count: 'at least 1' | 'exactly 1'): CommandResult {
  return fail(`docker: '${displayName}' requires ${count} argument.\n${seeHelp(displayName)}`, 1);
}

/**
 * The result of a command over several operands: what succeeded on stdout, each failure on stderr,
 * exit code `failedCode` when any failed (as `docker rmi a b` and `cat a b` do).
 */
export function partial(
  stdout: string,
  errors: string[],
  notes: string[] = [],
  failedCode = 1,
): CommandResult {
  if (errors.length === 0) return ok(stdout, notes);
  return { stdout, stderr: `${errors.join('\n')}\n`, exitCode: failedCode, notes, clear: false };
}
