/**
 * An official image's entrypoint script, followed to the command it execs (see
 * lib/catalog/entrypoints.ts for the scripts and their sources).
 */
import { ENTRYPOINT_PROGRAM, ENTRYPOINT_RULES, type EntrypointRule } from '../../catalog/entrypoints';

/** Whether a name is a command the script's `command -v` finds: yes, no, or not knowable. */
export type CommandCheck = (name: string) => 'yes' | 'no' | 'unknown';

/**
 * Whether `command -v` (which the node script asks) finds a file of this kind and mode: not a folder,
 * and executable. A plain file whose mode is not known counts as not executable.
 */
export function commandFinds(kind: string, mode: number | null | undefined): boolean {
  if (kind === 'dir' || kind === 'bulk') return false;
  if (mode === null || mode === undefined) return kind !== 'regular';
  return (mode & 0o111) !== 0;
}

/** What the script execs: a command line, or why the model cannot tell. */
export type ScriptExec =
  { argv: string[]; prepended: boolean; rule: EntrypointRule; script: string } | { unknown: string };

/** The rule of a file that runs as an official entrypoint script (its `program`), or null. */
export function entrypointRuleOf(program: string | undefined): EntrypointRule | null {
  if (!program || !program.startsWith(ENTRYPOINT_PROGRAM)) return null;
  return ENTRYPOINT_RULES[program.slice(ENTRYPOINT_PROGRAM.length)] ?? null;
}

/**
 * The command `argv` (the script and its arguments) ends up running, or null when `program` is not an
 * official entrypoint script.
 */
export function followEntrypoint(
  program: string | undefined,
  argv: readonly string[],
  isCommand: CommandCheck,
): ScriptExec | null {
  const rule = entrypointRuleOf(program);
  if (!rule) return null;
  const script = argv[0] ?? '';
  const args = argv.slice(1);
  const first = args[0] ?? '';
  const option = first.startsWith('-');
  let prepend = false;
  if (rule.prependWhen === 'option') prepend = option;
  else if (rule.prependWhen === 'option-or-conf') prepend = option || first.endsWith('.conf');
  else if (rule.prependWhen === 'option-or-not-command') {
    if (option || first === '') prepend = true;
    else {
      const found = isCommand(first);
      if (found === 'unknown')
        return {
          unknown: `${script} runs ${first} if it is a command and \`${rule.main} ${first}\` otherwise, and whether ${first} is a command in this image cannot be told`,
        };
      prepend = found === 'no';
    }
  }
  return { argv: prepend ? [rule.main, ...args] : args, prepended: prepend, rule, script };
}

/** The sentence that says what the script did. */
export function entrypointSentence(exec: Extract<ScriptExec, { argv: string[] }>): string {
  const name = exec.script.slice(exec.script.lastIndexOf('/') + 1);
  if (exec.argv.length === 0) return `${name} has no command to run, so it exits.`;
  const what = exec.argv.join(' ');
  const setup = exec.argv[0] === exec.rule.main ? ` sets ${exec.rule.main} up, then` : '';
  const why = exec.prepended ? ` (it put ${exec.rule.main} in front of the arguments)` : '';
  return `The image's ${name} (${exec.rule.source})${setup} runs \`${what}\` in its place with exec "$@"${why}.`;
}
