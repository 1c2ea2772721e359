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
 * Go's text/tabwriter as the docker CLI sets it up for tables (minimum width 10, padding 3,
 * spaces; docker/cli cli/command/formatter/formatter.go `postFormat`): every cell that a tab ends
 * is padded to its column's width; the text after a line's last tab is left as it is.
 */
export function tabwrite(text: string, minWidth = 10, padding = 3): string {
  const lines = text.split('\n');
  const cells = lines.map((l) => l.split('\t'));
  const widths: number[] = [];
  for (const row of cells)
    row.slice(0, -1).forEach((cell, c) => {
      widths[c] = Math.max(widths[c] ?? minWidth, [...cell].length + padding);
    });
  return cells
    .map((row) =>
      row
        .map((cell, c) => (c === row.length - 1 ? cell : cell + ' '.repeat(widths[c] - [...cell].length)))
        .join(''),
    )
    .join('\n');
}

/**
 * Columns as the docker CLI prints them (`tabwrite` over the rows), each line's trailing spaces
 * removed. `docker top` uses a minimum width of 20 (docker/cli cli/command/container/top.go).
 */
export function table(header: string[], rows: string[][], minWidth = 10): string {
  const text = tabwrite([header, ...rows].map((r) => r.join('\t')).join('\n'), minWidth);
  return `${text
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')}\n`;
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

/**
 * `-t` with `-i` when the CLI's own input is a pipe, not a terminal (docker/cli cli/streams/in.go
 * `CheckTty`, v29.4 and later; before it: "the input device is not a TTY").
 */
export const NOT_A_TERMINAL =
  'cannot attach stdin to a TTY-enabled container because stdin is not a terminal';

/**
 * The docker CLI's usage errors (v28 and later; docker/cli cli/required.go and cli/cobra.go
 * `FlagErrorFunc`): the message, the command's usage line, and where to read more. A flag error
 * exits 125, a wrong number of operands 1.
 */
export function usageError(
  message: string,
  useLine: string,
  displayName: string,
  verb: 'Run' | 'See',
): string {
  return `${message}\n\nUsage:  ${useLine}\n\n${verb} '${displayName} --help' for more information`;
}

/** pflag's message for a bad flag, framed as docker/cli cli/cobra.go `FlagErrorFunc` does (exit 125). */
export function flagError(message: string, useLine: string, displayName: string): CommandResult {
  return fail(usageError(message, useLine, displayName, 'Run'), 125);
}

/** What a command accepts as operands: cobra's validators as docker/cli cli/required.go writes them. */
export type ArgRule =
  { none: true } | { min: number } | { max: number } | { exact: number } | { range: [number, number] };

const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');

/**
 * The docker CLI's error when `count` operands do not fit `rule`, or null when they do
 * (docker/cli cli/required.go: NoArgs, RequiresMinArgs, RequiresMaxArgs, RequiresRangeArgs,
 * ExactArgs; exit 1).
 */
export function argumentsError(
  rule: ArgRule,
  count: number,
  useLine: string,
  displayName: string,
): CommandResult | null {
  let message: string | null = null;
  let verb: 'Run' | 'See' = 'Run';
  if ('none' in rule && count > 0) message = `docker: '${displayName}' accepts no arguments`;
  else if ('min' in rule && count < rule.min) {
    message = `docker: '${displayName}' requires at least ${rule.min} ${plural(rule.min)}`;
    verb = 'See';
  } else if ('max' in rule && count > rule.max)
    message = `docker: '${displayName}' requires at most ${rule.max} ${plural(rule.max)}`;
  else if ('range' in rule && (count < rule.range[0] || count > rule.range[1]))
    message = `docker: '${displayName}' requires at least ${rule.range[0]} and at most ${rule.range[1]} ${plural(rule.range[1])}`;
  else if ('exact' in rule && count !== rule.exact)
    message = `docker: '${displayName}' requires ${rule.exact} ${plural(rule.exact)}`;
  return message === null ? null : fail(usageError(message, useLine, displayName, verb), 1);
}

/**
 * A `docker run` (or `docker create`) error as the CLI prints it since v28: `docker: ` before the
 * daemon's message and a pointer to the help after it (docker/cli cli/command/container/run.go
 * `withHelp`). The engine's texts (lib/build/run/errors.ts) are the daemon's messages already framed
 * with `docker: `, so that prefix is not doubled.
 */
export function withRunHelp(message: string, command = 'run'): string {
  const bare = message.trim().replace(/^docker: /, '');
  return `docker: ${bare}\n\nRun 'docker ${command} --help' for more information`;
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

/**
 * Go's `time.Time.String()` of a session time, as `.CreatedAt` prints it in `--format`
 * (`2006-01-02 15:04:05 +0000 UTC`). The docker CLI uses the local time zone; here it is UTC.
 */
export function goTime(ms: number): string {
  const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000 UTC`;
}
