/**
 * The command table: every `docker` command the simulator knows, found by its words
 * (`build`, `image ls`, …). Adding a command is adding a file and a row here.
 */
import type { CommandDefinition } from '../types';
import { buildCommand } from './build';
import { historyCommand } from './history';
import { imagesCommand, tagCommand } from './images';
import { containerInspectCommand, imageInspectCommand, inspectCommand } from './inspect';
import { pruneCommand, rmiCommand } from './rmi';
import { CONTAINER_COMMANDS } from './containers';
import { CONTAINER_OPS } from './container-ops';
import { pullCommand, runCommand } from './run';
import { sbomCommand } from './sbom';
import { systemDfCommand } from './system';

/** Every command, in the order `docker --help` lists them. */
export const DOCKER_COMMANDS: readonly CommandDefinition[] = [
  runCommand,
  ...CONTAINER_COMMANDS,
  ...CONTAINER_OPS,
  buildCommand,
  pullCommand,
  imagesCommand,
  tagCommand,
  historyCommand,
  sbomCommand,
  inspectCommand,
  imageInspectCommand,
  containerInspectCommand,
  rmiCommand,
  pruneCommand,
  systemDfCommand,
];

/** Management commands: words that group subcommands (`docker image …`). */
export const MANAGEMENT = new Map<string, string>([
  ['image', 'Manage images'],
  ['container', 'Manage containers'],
  ['system', 'Manage Docker'],
  ['buildx', 'Docker Buildx'],
  ['scout', 'Docker Scout'],
]);

/**
 * The command `words` select (the longest matching path) and how many words its path took, or null
 * when no command matches.
 */
export function findCommand(words: string[]): { command: CommandDefinition; path: string[] } | null {
  let best: { command: CommandDefinition; path: string[] } | null = null;
  for (const command of DOCKER_COMMANDS) {
    for (const path of command.paths) {
      const matches = path.every((w, i) => words[i] === w);
      if (matches && (!best || path.length > best.path.length)) best = { command, path };
    }
  }
  return best;
}

/** `docker --help`, listing the commands of the table. */
export function dockerHelp(): string {
  const row = (name: string, summary: string) => `  ${name.padEnd(12)}${summary}`;
  const top = DOCKER_COMMANDS.filter((c) => c.summary !== null && c.paths[0].length === 1);
  return [
    'Usage:  docker [OPTIONS] COMMAND',
    '',
    'A self-sufficient runtime for containers',
    '',
    'Commands:',
    ...top.map((c) => row(c.paths[0][0], c.summary ?? '')),
    '',
    'Management Commands:',
    ...[...MANAGEMENT].map(([name, summary]) => row(name, summary)),
    '',
    "Run 'docker COMMAND --help' for more information on a command.",
    '',
  ].join('\n');
}

/** `docker image` with no subcommand: its subcommands. */
export function managementHelp(group: string): string {
  const subs = DOCKER_COMMANDS.flatMap((c) =>
    c.paths.filter((p) => p.length === 2 && p[0] === group).map((p) => ({ name: p[1], command: c })),
  );
  return [
    `Usage:  docker ${group} COMMAND`,
    '',
    MANAGEMENT.get(group) ?? '',
    '',
    'Commands:',
    ...subs.map((s) => `  ${s.name.padEnd(12)}${s.command.summary ?? s.command.usage.split('\n')[2] ?? ''}`),
    '',
    `Run 'docker ${group} COMMAND --help' for more information on a command.`,
    '',
  ].join('\n');
}
