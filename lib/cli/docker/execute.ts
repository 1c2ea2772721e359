/**
 * One command line of the terminal: split into simple commands with the engine's shell reader,
 * joined by `|`, `&&`, `||` and `;` as a shell joins them, each run from the command table.
 * Never throws: any input gives a result.
 */
import { splitCommandList } from '../../shell';
import { dockerHelp, findCommand, MANAGEMENT, managementHelp } from './commands/index';
import { commandNotFound, SHELL_COMMANDS } from './commands/shell';
import { parseFlags } from './flags';
import { fail, ok, seeHelp } from './output';
import type { CommandResult, DockerSession, LineResult, OutputChunk } from './types';

/** Longer lines are cut: nobody types more, and it bounds the work for pasted text. */
const MAX_LINE = 20_000;

function notACommand(words: string[]): CommandResult {
  return fail(`docker: '${words.join(' ')}' is not a docker command.\nSee 'docker --help'`, 1);
}

function runDocker(session: DockerSession, words: string[], stdin: string | null): CommandResult {
  if (words.length === 0 || words[0] === '--help' || words[0] === '-h') return ok(dockerHelp());
  if (words[0] === 'help') {
    const found = findCommand(words.slice(1));
    return found ? ok(`${found.command.usage}\n`) : ok(dockerHelp());
  }
  if (words[0].startsWith('-')) {
    const flag = words[0].startsWith('--')
      ? `unknown flag: ${words[0].split('=')[0]}`
      : `unknown shorthand flag: '${words[0][1]}' in ${words[0]}`;
    return fail(`${flag}\n${seeHelp('docker')}`, 125);
  }
  const found = findCommand(words);
  if (!found) {
    if (MANAGEMENT.has(words[0]))
      return words.length === 1 ? ok(managementHelp(words[0])) : notACommand(words.slice(0, 2));
    return notACommand(words.slice(0, 1));
  }
  const { command, path } = found;
  const displayName = `docker ${path.join(' ')}`;
  const parsed = parseFlags(words.slice(path.length), command.flags, command.interspersed !== false);
  if (!parsed.ok) return fail(`${parsed.error}\n${seeHelp(displayName)}`, 125);
  if (parsed.help) return ok(`${command.usage}\n`);
  return command.run({ session, flags: parsed.flags, positional: parsed.positional, stdin, displayName });
}

function runSimple(session: DockerSession, argv: string[], stdin: string | null): CommandResult {
  const [name, ...args] = argv;
  if (name === 'docker') return runDocker(session, args, stdin);
  const shell = SHELL_COMMANDS.find((c) => c.name === name);
  return shell ? shell.run(args, session.context, stdin) : commandNotFound(name);
}

function guarded(session: DockerSession, argv: string[], stdin: string | null): CommandResult {
  try {
    return runSimple(session, argv, stdin);
  } catch (error) {
    return fail(
      `The simulator failed on this command: ${error instanceof Error ? error.message : String(error)}`,
      1,
    );
  }
}

/** Runs one command line in `session` and returns what it printed. */
export function executeLine(session: DockerSession, line: string): LineResult {
  const total: LineResult = { output: [], exitCode: 0, clear: false };
  try {
    const list = splitCommandList(String(line).slice(0, MAX_LINE));
    let piped: string | null = null;
    let previousOp: string | null = null;
    for (const { command, next } of list) {
      const skip =
        (previousOp === '&&' && total.exitCode !== 0) || (previousOp === '||' && total.exitCode === 0);
      previousOp = next;
      if (skip) continue;
      const result = guarded(session, command.argv, piped);
      if (result.clear) {
        total.output = [];
        total.clear = true;
      }
      // Piped output feeds the next command instead of the screen.
      piped = next === '|' ? result.stdout : null;
      if (piped === null && result.stdout) total.output.push({ stream: 'stdout', text: result.stdout });
      if (result.stderr) total.output.push({ stream: 'stderr', text: result.stderr });
      for (const note of result.notes) total.output.push({ stream: 'note', text: `${note}\n` });
      total.exitCode = result.exitCode;
    }
  } catch (error) {
    const text = `The simulator failed on this line: ${error instanceof Error ? error.message : String(error)}\n`;
    return { output: [{ stream: 'stderr', text }], exitCode: 1, clear: false };
  }
  return total;
}

/** Everything a line printed on one stream, joined (notes one per line). */
export function streamText(result: LineResult, stream: OutputChunk['stream']): string {
  return result.output
    .filter((chunk) => chunk.stream === stream)
    .map((chunk) => chunk.text)
    .join('');
}
