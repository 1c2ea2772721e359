/**
 * Lint's reading of shell command lines, over the one shell reader (lib/shell): a RUN script's
 * simple commands in the order written, each with its words (quotes removed, `$VAR` kept as
 * written), so rules can ask "does this RUN call apt-get install without --no-install-recommends?".
 */
import { wordsOf } from '../shell';

/** One simple command: its words (quotes removed) and whether it is followed by a pipe. */
export interface SimpleCommand {
  words: string[];
  pipedInto: boolean;
}

/** Splits a shell script into simple commands (`&&`, `||`, `;`, `|`, newlines, groups, `if`…). Never throws. */
export function splitCommands(script: string): SimpleCommand[] {
  return wordsOf(script);
}

/** The program a command runs, skipping `VAR=value` prefixes, `sudo`, `env` and `exec`. */
export function programOf(cmd: SimpleCommand): { name: string; args: string[] } {
  let i = 0;
  const w = cmd.words;
  while (
    i < w.length &&
    (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w[i]) || w[i] === 'sudo' || w[i] === 'env' || w[i] === 'exec')
  )
    i++;
  const name = w[i] ?? '';
  return { name: name.slice(name.lastIndexOf('/') + 1), args: w.slice(i + 1) };
}

/** The script text of a RUN (heredoc bodies included), for rules that read commands. */
export function runScripts(
  command: { form: 'shell'; script: string } | { form: 'exec'; argv: string[] },
  heredocs: Array<{ content: string }>,
): string {
  const base = command.form === 'shell' ? command.script : command.argv.join(' ');
  return heredocs.length > 0 ? `${base}\n${heredocs.map((h) => h.content).join('\n')}` : base;
}
