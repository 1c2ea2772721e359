/**
 * `docker pause`, `unpause`, `port`, `rename` and `wait` over the session's containers, with the
 * docker CLI's output (docker/cli cli/command/container/{pause,unpause,port,rename,wait}.go) and
 * the daemon's errors (moby daemon/{pause,unpause,rename}.go, daemon/errors.go).
 */
import type { Container } from '../../container/container';
import { fail, ok } from '../output';
import type { CommandDefinition, CommandResult } from '../types';
import {
  eachContainer,
  findContainer,
  frontends,
  noSuchContainerError,
  parseMapping,
  type Published,
} from './containers';

/** `docker pause` and `docker unpause`: each container's name as typed, or the daemon's error. */
function pauseCommand(name: 'pause' | 'unpause'): CommandDefinition {
  const summary =
    name === 'pause'
      ? 'Pause all processes within one or more containers'
      : 'Unpause all processes within one or more containers';
  return {
    paths: [[name], ['container', name]],
    summary,
    usage: `Usage:  docker ${name} CONTAINER [CONTAINER...]\n\n${summary}`,
    args: { min: 1 },
    flags: [],
    run: ({ session, positional }) =>
      eachContainer(session, positional, (c) => {
        if (name === 'pause') {
          // moby daemon/pause.go: errNotRunning, then errNotPaused ("already paused").
          if (c.state !== 'running') return `Error response from daemon: container ${c.id} is not running`;
          if (c.paused) return `Error response from daemon: Container ${c.id} is already paused`;
          c.paused = true;
          return null;
        }
        // moby daemon/unpause.go.
        if (!c.paused) return `Error response from daemon: Container ${c.id} is not paused`;
        c.paused = false;
        return null;
      }),
  };
}

/** docker/cli uses fvbommel/sortorder `NaturalLess`: digit runs compare as numbers. */
function naturalLess(a: string, b: string): number {
  const chunks = (s: string) => s.match(/\d+|\D+/g) ?? [];
  const x = chunks(a);
  const y = chunks(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    const nx = /^\d/.test(x[i]) && /^\d/.test(y[i]);
    if (nx && Number(x[i]) !== Number(y[i])) return Number(x[i]) - Number(y[i]);
    return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

/** `docker port CONTAINER [PRIVATE_PORT[/PROTO]]` (docker/cli cli/command/container/port.go). */
const portCommand: CommandDefinition = {
  paths: [['port'], ['container', 'port']],
  summary: 'List port mappings or a specific mapping for the container',
  usage:
    'Usage:  docker port CONTAINER [PRIVATE_PORT[/PROTO]]\n\nList port mappings or a specific mapping for the container',
  args: { range: [1, 2] },
  flags: [],
  run({ session, positional }) {
    const [ref, wanted] = positional;
    const c = findContainer(session, ref);
    if (!c) return noSuchContainerError(ref);
    // The daemon lists published ports of a running container only (NetworkSettings.Ports).
    const mappings = c.state === 'running' ? c.ports.map(parseMapping) : [];
    const notes: string[] = [];
    if (mappings.some((m) => m === null || m.hostPort === null))
      notes.push(
        'A port Docker publishes on a host port it picks (-p 80, or a range) is not shown: the simulator cannot tell which port Docker would pick.',
      );
    const known = mappings.filter(
      (m): m is Published & { hostPort: string } => m !== null && m.hostPort !== null,
    );
    let lines: string[];
    if (wanted !== undefined) {
      const [port, proto = 'tcp'] = wanted.split('/');
      if (!/^\d+$/.test(port) || Number(port) > 65535) {
        const why = /^\d+$/.test(port) ? 'value out of range' : 'invalid syntax';
        return fail(`Error: invalid port (${port}): strconv.ParseUint: parsing "${port}": ${why}`, 1);
      }
      const key = `${Number(port)}/${proto}`;
      lines = known.filter((m) => m.container === key).flatMap((m) => frontends(m, m.hostPort));
      const maybe = mappings.some((m) => m === null || (m.hostPort === null && m.container === key));
      if (lines.length === 0) {
        if (maybe) return { ...ok('', notes), unknown: true };
        return fail(`Error: No public port '${wanted}' published for ${ref}`, 1);
      }
      if (!maybe) notes.length = 0;
    } else lines = known.flatMap((m) => frontends(m, m.hostPort).map((f) => `${m.container} -> ${f}`));
    lines.sort(naturalLess);
    return ok(lines.length > 0 ? `${lines.join('\n')}\n` : '', notes);
  },
};

/** Container names the daemon accepts (moby daemon/names.go `validContainerNamePattern`). */
const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** `docker rename CONTAINER NEW_NAME` (docker/cli rename.go, moby daemon/rename.go). */
const renameCommand: CommandDefinition = {
  paths: [['rename'], ['container', 'rename']],
  summary: 'Rename a container',
  usage: 'Usage:  docker rename CONTAINER NEW_NAME\n\nRename a container',
  args: { exact: 2 },
  flags: [],
  run({ session, positional }) {
    const [ref, wanted] = positional;
    if (wanted === '') return fail('new name cannot be blank', 1);
    const failed = (message: string): CommandResult =>
      fail(`failed to rename container: Error response from daemon: ${message}`, 1);
    const c = findContainer(session, ref);
    if (!c) return failed(`No such container: ${ref}`);
    const name = wanted.replace(/^\//, '');
    if (name === c.name) return failed('Renaming a container with the same name as its current name');
    // The daemon has put the slash before the new name when it checks it (reserveName).
    if (!VALID_NAME.test(`/${name}`))
      return failed(
        `Error when allocating new name: Invalid container name (/${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
      );
    const taken = session.containers.find((x: Container) => x.name === name);
    if (taken)
      return failed(
        `Error when allocating new name: Conflict. The container name "/${name}" is already in use by container "${taken.id}". You have to remove (or rename) that container to be able to reuse that name.`,
      );
    c.name = name;
    return ok('');
  },
};

/** `docker wait CONTAINER...`: each exit code once the container stops (docker/cli wait.go). */
const waitCommand: CommandDefinition = {
  paths: [['wait'], ['container', 'wait']],
  summary: 'Block until one or more containers stop, then print their exit codes',
  usage:
    'Usage:  docker wait CONTAINER [CONTAINER...]\n\nBlock until one or more containers stop, then print their exit codes',
  args: { min: 1 },
  flags: [],
  run({ session, positional }) {
    let stdout = '';
    const errors: string[] = [];
    for (const ref of positional) {
      const c = findContainer(session, ref);
      if (!c) {
        errors.push(`Error response from daemon: No such container: ${ref}`);
        continue;
      }
      if (c.state === 'running')
        return {
          stdout,
          stderr: errors.map((e) => `${e}\n`).join(''),
          exitCode: 0,
          notes: [
            `${ref} is running, so docker wait would block until it stops (docker stop or docker kill from another terminal, or its program ending). The simulator's containers stop only when told, so it would wait forever: nothing is printed.`,
          ],
          clear: false,
          unknown: true,
        };
      if (c.state === 'created')
        return {
          ...ok(stdout, [
            `${ref} was created but never started: whether docker wait returns at once or waits for it to run and stop is not modelled.`,
          ]),
          unknown: true,
        };
      if (c.exitCode === null)
        return {
          ...ok(stdout, [`${ref} has stopped, but the simulator does not know its exit code.`]),
          unknown: true,
        };
      stdout += `${c.exitCode}\n`;
    }
    if (errors.length === 0) return ok(stdout);
    return { stdout, stderr: `${errors.join('\n')}\n`, exitCode: 1, notes: [], clear: false };
  },
};

/** The commands of this file, for the table. */
export const CONTAINER_OPS: CommandDefinition[] = [
  pauseCommand('pause'),
  pauseCommand('unpause'),
  portCommand,
  renameCommand,
  waitCommand,
];
