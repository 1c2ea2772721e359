/**
 * One command line of the terminal: split into simple commands with the engine's shell reader,
 * joined by `|`, `&&`, `||` and `;` as a shell joins them, each run from the command table.
 * Never throws: any input gives a result.
 */
import { splitCommandList } from '../../shell';
import { dockerHelp, findCommand, MANAGEMENT, managementHelp } from './commands/index';
import { commandNotFound, SHELL_COMMANDS } from './commands/shell';
import { groupHelpNote, isGroup, unmodelledCommand } from './commands/unmodelled';
import { parseFlags } from './flags';
import { argumentsError, fail, flagError, ok } from './output';
import type { CommandDefinition, CommandResult, DockerSession, LineResult, OutputChunk } from './types';
import type { Container } from '../container/container';
import {
  programEof,
  programStep,
  runShellLine,
  shellPrompt,
  type Foreground,
  type Step,
} from '../container/shell';

/** Longer lines are cut: nobody types more, and it bounds the work for pasted text. */
const MAX_LINE = 20_000;

/**
 * `docker xyz`: the root command's answer to an unknown word (docker/cli cmd/docker/docker.go, v28
 * and later), exit 1. A management command's unknown subcommand gets cobra's NoArgs text with its
 * usage line (docker/cli cli/required.go).
 */
function unknownCommand(words: string[]): CommandResult {
  if (words.length === 1)
    return fail(`docker: unknown command: docker ${words[0]}\n\nRun 'docker --help' for more information`, 1);
  const group = `docker ${words[0]}`;
  return fail(
    `docker: unknown command: ${group} ${words[1]}\n\nUsage:  ${group}\n\nRun '${group} --help' for more information`,
    1,
  );
}

/** The root command's usage line (docker/cli cmd/docker/docker.go: `Use`). */
const ROOT_USE = 'docker [OPTIONS] COMMAND [ARG...]';

/**
 * cobra's `UseLine` for `command` called as `displayName`: its usage (up to the blank line) with the
 * canonical path replaced by the one typed (`docker container ls [OPTIONS]`).
 */
export function cobraUseLine(command: CommandDefinition, displayName: string): string {
  const usage = command.usage.split('\n\n')[0].replace(/^Usage:\s+/, '');
  const canonical = `docker ${command.paths[0].join(' ')}`;
  return usage.startsWith(canonical) ? `${displayName}${usage.slice(canonical.length)}` : usage;
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
    return flagError(flag, ROOT_USE, 'docker');
  }
  const found = findCommand(words);
  if (!found) {
    const real = unmodelledCommand(words);
    if (real) return real;
    // `docker image --help` prints the group's help, as `docker image` does.
    if (MANAGEMENT.has(words[0]))
      return words.length === 1 || words[1] === '--help' || words[1] === '-h'
        ? ok(managementHelp(words[0]))
        : unknownCommand(words.slice(0, 2));
    if (isGroup(words[0]))
      return words.length === 1 || words[1].startsWith('-')
        ? (groupHelpNote(words[0]) ?? unknownCommand(words.slice(0, 1)))
        : unknownCommand(words.slice(0, 2));
    return unknownCommand(words.slice(0, 1));
  }
  const { command, path } = found;
  const displayName = `docker ${path.join(' ')}`;
  const useLine = cobraUseLine(command, displayName);
  const parsed = parseFlags(words.slice(path.length), command.flags, command.interspersed !== false);
  if (!parsed.ok) return flagError(parsed.error, useLine, displayName);
  if (parsed.help) return ok(`${command.usage}\n`);
  if (command.args) {
    const wrong = argumentsError(command.args, parsed.positional.length, useLine, displayName);
    if (wrong) return wrong;
  }
  return command.run({
    session,
    flags: parsed.flags,
    positional: parsed.positional,
    stdin,
  });
}

/** The build context with the files `docker cp` brought out of containers. */
export function hostContext(session: DockerSession): DockerSession['context'] {
  if (session.hostFiles.length === 0) return session.context;
  const paths = new Set(session.hostFiles.map((f) => f.path));
  return { files: [...session.context.files.filter((f) => !paths.has(f.path)), ...session.hostFiles] };
}

function runSimple(session: DockerSession, argv: string[], stdin: string | null): CommandResult {
  const [name, ...args] = argv;
  if (name === 'docker') return runDocker(session, args, stdin);
  const shell = SHELL_COMMANDS.find((c) => c.name === name);
  return shell ? shell.run(args, hostContext(session), stdin) : commandNotFound(name);
}

/**
 * A command the simulator itself failed on: said as the simulator's note, not as Docker's output
 * (Docker would print something else), with the outcome unknown.
 */
function guarded(session: DockerSession, argv: string[], stdin: string | null): CommandResult {
  try {
    return runSimple(session, argv, stdin);
  } catch (error) {
    return {
      ...fail('', 1, [
        `The simulator failed on this command (${error instanceof Error ? error.message : String(error)}), so what Docker would print is not known.`,
      ]),
      stderr: '',
      unknown: true,
    };
  }
}

/** The host shell's prompt. */
export const HOST_PROMPT = '$ ';

function hostLine(session: DockerSession, line: string): LineResult {
  const total: LineResult = { output: [], exitCode: 0, clear: false, prompt: HOST_PROMPT };
  const list = splitCommandList(line);
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
    total.unknown = result.unknown === true || undefined;
    if (result.foreground) {
      // An attached container or a question takes the terminal: the rest of the line waits for it.
      session.foreground.push(result.foreground);
      break;
    }
  }
  return total;
}

/** A container's main process ended: the container stops (and `--rm` removes it). */
function mainEnded(session: DockerSession, container: Container, exitCode: number | null): void {
  container.state = 'exited';
  container.paused = false;
  container.exitCode = exitCode;
  container.finishedAt = session.now();
  if (container.autoRemove) session.containers = session.containers.filter((c) => c !== container);
  session.foreground = session.foreground.filter((f) => f.kind === 'confirm' || f.container !== container);
}

function applyStep(session: DockerSession, fg: Foreground, step: Step, result: LineResult): void {
  result.output.push(...step.output);
  result.exitCode = step.exitCode;
  result.unknown = step.unknown === true || undefined;
  if (fg.kind !== 'confirm' && fg.main)
    fg.container.logs.push(...step.output.filter((o) => o.stream !== 'note'));
  if (step.ended) {
    session.foreground = session.foreground.filter((f) => f !== fg);
    if (fg.kind !== 'confirm' && fg.main) mainEnded(session, fg.container, step.exitCode);
  } else if (step.push) session.foreground.push(step.push);
}

/** The prompt for the next line, and the program's unfinished last line moved into it. */
function withPrompt(session: DockerSession, result: LineResult): LineResult {
  const fg = session.foreground[session.foreground.length - 1];
  if (!fg) return { ...result, prompt: HOST_PROMPT };
  if (fg.kind === 'shell') return { ...result, prompt: shellPrompt(fg) };
  if (fg.kind === 'confirm') return { ...result, prompt: fg.prompt };
  const last = [...result.output].reverse().find((o) => o.stream === 'stdout');
  if (!last || last.text.endsWith('\n')) return { ...result, prompt: '' };
  const cut = last.text.lastIndexOf('\n') + 1;
  const prompt = last.text.slice(cut);
  const output = result.output
    .map((o) => (o === last ? { ...o, text: o.text.slice(0, cut) } : o))
    .filter((o) => o.text !== '');
  return { ...result, output, prompt };
}

function foregroundLine(session: DockerSession, fg: Foreground, line: string): LineResult {
  const result: LineResult = { output: [], exitCode: 0, clear: false, prompt: '' };
  if (fg.kind === 'confirm') {
    session.foreground = session.foreground.filter((f) => f !== fg);
    // Only "y" or "Y" confirms (docker/cli internal/prompt/prompt.go `Confirm`); "yes" does not.
    if (/^y$/i.test(line.trim())) {
      const r = fg.onYes();
      result.output.push(...r.output);
      result.exitCode = r.exitCode;
    }
    return result;
  }
  if (fg.kind === 'shell') {
    const step = runShellLine(fg, line);
    if (step.ended && (fg.name === 'bash' || fg.name === 'debug'))
      step.output.push({ stream: 'stderr', text: 'exit\n' });
    applyStep(session, fg, step, result);
    return result;
  }
  fg.lines.push(line);
  applyStep(session, fg, programStep(fg), result);
  return result;
}

/** Runs one command line in `session` and returns what it printed. */
export function executeLine(session: DockerSession, line: string): LineResult {
  try {
    const text = String(line).slice(0, MAX_LINE);
    const fg = session.foreground[session.foreground.length - 1];
    return withPrompt(session, fg ? foregroundLine(session, fg, text) : hostLine(session, text));
  } catch (error) {
    const text = `The simulator failed on this line: ${error instanceof Error ? error.message : String(error)}\n`;
    return withPrompt(session, {
      output: [{ stream: 'stderr', text }],
      exitCode: 1,
      clear: false,
      prompt: HOST_PROMPT,
    });
  }
}

/** A key the terminal sends as a signal: Ctrl+C interrupts, Ctrl+D closes the input. */
export type TerminalKey = 'interrupt' | 'eof';

/**
 * Ctrl+C or Ctrl+D with nothing typed. At the host prompt both do nothing (the view shows `^C`);
 * in a shell Ctrl+C gives a new prompt (status 130) and Ctrl+D leaves it; a program reading the
 * terminal gets SIGINT or the end of its input.
 */
export function executeKey(session: DockerSession, key: TerminalKey): LineResult {
  try {
    const fg = session.foreground[session.foreground.length - 1];
    const result: LineResult = { output: [], exitCode: 0, clear: false, prompt: HOST_PROMPT };
    if (!fg) return { ...result, exitCode: key === 'interrupt' ? 130 : 0 };
    if (fg.kind === 'confirm') {
      session.foreground = session.foreground.filter((f) => f !== fg);
      return withPrompt(session, { ...result, exitCode: key === 'interrupt' ? 130 : 0 });
    }
    if (fg.kind === 'shell') {
      if (key === 'interrupt') {
        fg.lastExit = 130;
        return withPrompt(session, { ...result, exitCode: 130 });
      }
      const step: Step = {
        output: fg.name === 'bash' || fg.name === 'debug' ? [{ stream: 'stderr', text: 'exit\n' }] : [],
        exitCode: fg.lastExit,
        ended: true,
      };
      applyStep(session, fg, step, result);
      return withPrompt(session, result);
    }
    if (key === 'eof') {
      applyStep(session, fg, programEof(fg), result);
      return withPrompt(session, result);
    }
    // SIGINT from the terminal. A program that is PID 1 gets no default signal action from the
    // kernel; the Go runtime then exits with status 2 (runtime/signal_unix.go dieFromSignal).
    const code = fg.main ? (fg.program === 'go-calculator' ? 2 : null) : 130;
    const step: Step = { output: [], exitCode: code ?? 130, ended: true };
    if (code === null)
      step.output.push({
        stream: 'note',
        text: 'How this program answers SIGINT as PID 1 is not modelled: its exit code is unknown.\n',
      });
    session.foreground = session.foreground.filter((f) => f !== fg);
    result.output.push(...step.output);
    result.exitCode = step.exitCode;
    if (fg.main) mainEnded(session, fg.container, code);
    return withPrompt(session, result);
  } catch (error) {
    const text = `The simulator failed on this key: ${error instanceof Error ? error.message : String(error)}\n`;
    return { output: [{ stream: 'stderr', text }], exitCode: 1, clear: false, prompt: HOST_PROMPT };
  }
}

/** The prompt the terminal shows now. */
export function currentPrompt(session: DockerSession): string {
  const fg = session.foreground[session.foreground.length - 1];
  if (!fg) return HOST_PROMPT;
  if (fg.kind === 'shell') return shellPrompt(fg);
  return fg.kind === 'confirm' ? fg.prompt : '';
}

/** Everything a line printed on one stream, joined (notes one per line). */
export function streamText(result: LineResult, stream: OutputChunk['stream']): string {
  return result.output
    .filter((chunk) => chunk.stream === stream)
    .map((chunk) => chunk.text)
    .join('');
}
