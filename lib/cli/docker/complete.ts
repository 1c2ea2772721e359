/**
 * Tab completion for the terminal: command names, docker subcommands, image names after the
 * commands that take one, container names after those that take a container, and file names after `cat`, `ls` and `-f`.
 */
import { DOCKER_COMMANDS, MANAGEMENT } from './commands/index';
import { SHELL_COMMANDS } from './commands/shell';
import { imageNames } from './session';
import type { DockerSession } from './types';

/** What Tab offers: the candidates for the last word, and the line with their common prefix filled in. */
export interface Completion {
  candidates: string[];
  /** The line after completion (unchanged when nothing or several different things match). */
  line: string;
}

const TAKES_IMAGE = new Set([
  'run',
  'history',
  'inspect',
  'rmi',
  'image inspect',
  'image rm',
  'image history',
]);

/** Commands that take a container (its name completes). */
const TAKES_CONTAINER = new Set([
  'exec',
  'logs',
  'stop',
  'start',
  'restart',
  'kill',
  'rm',
  'diff',
  'top',
  'debug',
  'container exec',
  'container logs',
  'container stop',
  'container start',
  'container restart',
  'container rm',
  'container diff',
  'container top',
]);

function commonPrefix(words: string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0];
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function pool(session: DockerSession, before: string[]): string[] {
  if (before.length === 0) return ['docker', ...SHELL_COMMANDS.map((c) => c.name)];
  const [first, ...rest] = before;
  const files = session.context.files.map((f) => f.path);
  if (first === 'cat' || first === 'ls') return files;
  if (first !== 'docker') return [];
  if (rest.length === 0) {
    const top = DOCKER_COMMANDS.flatMap((c) => c.paths.filter((p) => p.length === 1).map((p) => p[0]));
    return [...new Set([...top, ...MANAGEMENT.keys(), 'help'])];
  }
  if (rest.length === 1 && MANAGEMENT.has(rest[0])) {
    return DOCKER_COMMANDS.flatMap((c) =>
      c.paths.filter((p) => p.length === 2 && p[0] === rest[0]).map((p) => p[1]),
    );
  }
  const last = rest[rest.length - 1];
  if (last === '-f' || last === '--file') return files.filter((f) => /dockerfile/i.test(f));
  if (last === '--target') return [];
  const command = MANAGEMENT.has(rest[0]) ? `${rest[0]} ${rest[1]}` : rest[0];
  if (TAKES_CONTAINER.has(command)) return session.containers.map((c) => c.name);
  return TAKES_IMAGE.has(command) ? imageNames(session) : [];
}

/** Completes the last word of `line` (the cursor is at its end). Never throws. */
export function completeLine(session: DockerSession, line: string): Completion {
  try {
    const words = line.split(/\s+/);
    const current = words.pop() ?? '';
    const before = words.filter((w) => w !== '');
    const candidates = [...new Set(pool(session, before))].filter((c) => c.startsWith(current)).sort();
    if (candidates.length === 0) return { candidates, line };
    const head = line.slice(0, line.length - current.length);
    if (candidates.length === 1) return { candidates, line: `${head}${candidates[0]} ` };
    return { candidates, line: `${head}${commonPrefix(candidates)}` };
  } catch {
    return { candidates: [], line };
  }
}
