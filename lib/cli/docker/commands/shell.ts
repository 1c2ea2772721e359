/**
 * The few shell commands the terminal offers besides `docker`: `ls` and `cat` over the build
 * context (so a learner can read the Dockerfiles), `echo` (to pipe input into `docker run -i`),
 * `clear` and `help`.
 */
import type { BuildContext } from '../../../build/types';
import { fail, ok, partial } from '../output';
import type { CommandResult } from '../types';

/** A shell command: its name, a line of help, and what it does with its words and piped input. */
export interface ShellCommand {
  name: string;
  summary: string;
  run(args: string[], context: BuildContext, stdin: string | null): CommandResult;
}

function clean(path: string): string {
  return path.replace(/^\.\//, '').replace(/\/+$/, '');
}

/** Names directly inside `dir` ('' is the context's root); folders end with `/`. */
function listDir(context: BuildContext, dir: string): string[] | null {
  const prefix = dir === '' ? '' : `${dir}/`;
  const names = new Set<string>();
  for (const f of context.files) {
    if (!f.path.startsWith(prefix)) continue;
    const rest = f.path.slice(prefix.length);
    const slash = rest.indexOf('/');
    names.add(slash === -1 ? rest : `${rest.slice(0, slash)}/`);
  }
  return names.size === 0 && dir !== '' ? null : [...names].sort();
}

const ls: ShellCommand = {
  name: 'ls',
  summary: 'list the files of the build context',
  run(args, context) {
    const paths = args.filter((a) => !a.startsWith('-'));
    const out: string[] = [];
    const errors: string[] = [];
    for (const raw of paths.length > 0 ? paths : ['.']) {
      const path = clean(raw === '.' ? '' : raw);
      if (context.files.some((f) => f.path === path)) {
        out.push(path);
        continue;
      }
      const names = listDir(context, path);
      if (names === null) errors.push(`ls: cannot access '${raw}': No such file or directory`);
      else out.push(...(paths.length > 1 ? [`${raw}:`, ...names, ''] : names));
    }
    return partial(out.length > 0 ? `${out.join('\n')}\n` : '', errors, [], 2);
  },
};

const cat: ShellCommand = {
  name: 'cat',
  summary: 'show a file of the build context (cat Dockerfile)',
  run(args, context, stdin) {
    if (args.length === 0) return ok(stdin ?? '');
    let stdout = '';
    const errors: string[] = [];
    for (const raw of args) {
      const path = clean(raw);
      const file = context.files.find((f) => f.path === path);
      if (file?.content !== undefined)
        stdout += file.content.endsWith('\n') ? file.content : `${file.content}\n`;
      else if (file) errors.push(`cat: ${raw}: binary file, not shown`);
      else if (listDir(context, path)) errors.push(`cat: ${raw}: Is a directory`);
      else errors.push(`cat: ${raw}: No such file or directory`);
    }
    return partial(stdout, errors);
  },
};

const echo: ShellCommand = {
  name: 'echo',
  summary: 'print its words (pipe them into docker run -i)',
  run: (args) => ok(`${args.join(' ')}\n`),
};

/** printf's escapes and `%s`, enough for `printf '2 * 100\nexit\n' | docker run -i calc`. */
function printfFormat(format: string, args: string[]): string {
  let k = 0;
  return format.replace(/\\([nt\\])|%([s%])/g, (_m, esc: string | undefined, spec: string | undefined) => {
    if (esc) return esc === 'n' ? '\n' : esc === 't' ? '\t' : '\\';
    return spec === '%' ? '%' : (args[k++] ?? '');
  });
}

const printf: ShellCommand = {
  name: 'printf',
  summary: "format and print (printf '2 * 100\\nexit\\n')",
  run: ([format = '', ...args]) => ok(printfFormat(format, args)),
};

const clear: ShellCommand = {
  name: 'clear',
  summary: 'clear the screen (or Ctrl+L)',
  run: () => ({ stdout: '', stderr: '', exitCode: 0, notes: [], clear: true }),
};

const help: ShellCommand = {
  name: 'help',
  summary: 'this list',
  run: () =>
    ok(
      [
        'This terminal runs a simulated docker over the example’s build context.',
        '',
        'docker build -t NAME [-f FILE] [--target STAGE] .   build an image',
        'docker images                                       list the images built so far',
        'docker run [--rm] [-it] [-d] IMAGE [ARG...]         run one (-it to type into it; exit or Ctrl+D leaves)',
        'docker run --rm --entrypoint ls IMAGE /             look inside an image',
        'docker ps [-a], logs, exec -it C sh, stop, rm C     the containers',
        'docker cp, diff, top, debug C                       copy files, see changes, debug',
        'docker history IMAGE                                its layers and their sizes',
        'docker image inspect IMAGE                          its configuration as JSON',
        'docker rmi IMAGE                                    remove it',
        'docker --help                                       every docker command',
        '',
        ...SHELL_COMMANDS.map((c) => `${c.name.padEnd(52)}${c.summary}`),
      ].join('\n') + '\n',
    ),
};

/** The shell commands, by name. */
export const SHELL_COMMANDS: readonly ShellCommand[] = [ls, cat, echo, printf, clear, help];

/** `bash: NAME: command not found`, for any other command. */
export function commandNotFound(name: string): CommandResult {
  return fail(`bash: ${name}: command not found`, 127, ['Try help, or docker --help.']);
}
