/**
 * `docker run [--rm] [-i] [-t] [--entrypoint CMD] IMAGE [COMMAND] [ARG...]`: runs the image with
 * lib/build/run, which gives the program's output or Docker's exact error text and exit code.
 * Standard input comes from a pipe (`echo "2 * 100" | docker run -i calc`); the simulated terminal
 * has no interactive input.
 */
import { runImage } from '../../../build/run/index';
import { flagOn, flagValue } from '../flags';
import { fail, needsArguments } from '../output';
import { findImage, normalizeTag } from '../session';
import type { CommandDefinition, CommandResult } from '../types';

const USAGE = `Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]

Create and run a new container from an image

Options:
      --entrypoint string   Overwrite the default ENTRYPOINT of the image
  -i, --interactive         Keep STDIN open even if not attached
      --name string         Assign a name to the container
      --rm                  Automatically remove the container and its associated anonymous volumes when it exits
  -t, --tty                 Allocate a pseudo-TTY`;

function unknownImage(ref: string): CommandResult {
  const name = normalizeTag(ref) ?? ref;
  return {
    stdout: '',
    stderr: `Unable to find image '${name}' locally\n`,
    exitCode: 125,
    notes: [
      `There is no registry here: the simulator cannot pull ${name}. Build an image first, e.g. docker build -t ${name.replace(/:latest$/, '')} .`,
    ],
    clear: false,
  };
}

/** `docker run` (and `docker container run`). */
export const runCommand: CommandDefinition = {
  paths: [['run'], ['container', 'run']],
  summary: 'Create and run a new container from an image',
  usage: USAGE,
  interspersed: false,
  flags: [
    { name: 'rm', takesValue: false },
    { name: 'interactive', short: 'i', takesValue: false },
    { name: 'tty', short: 't', takesValue: false },
    { name: 'detach', short: 'd', takesValue: false },
    { name: 'entrypoint', takesValue: true },
    { name: 'name', takesValue: true },
  ],
  run({ session, flags, positional, stdin, displayName }) {
    const [ref, ...args] = positional;
    if (ref === undefined) return { ...needsArguments(displayName, 'at least 1'), exitCode: 125 };
    const interactive = flagOn(flags, 'interactive');
    // The docker CLI refuses -t when its standard input is not a terminal (a pipe).
    if (flagOn(flags, 'tty') && interactive && stdin !== null)
      return fail('the input device is not a TTY', 1);
    const stored = findImage(session, ref);
    if (!stored) return unknownImage(ref);
    const entrypoint = flagValue(flags, 'entrypoint');
    const outcome = runImage(stored.image, {
      stdin: interactive ? (stdin ?? '') : '',
      args: args.length > 0 ? args : undefined,
      entrypoint: entrypoint === null ? undefined : entrypoint === '' ? [] : [entrypoint],
    });
    if (!flagOn(flags, 'rm') && outcome.status === 'started') session.containers++;
    const notes: string[] = [];
    if (!outcome.outputSimulated) notes.push(outcome.explanation);
    if (outcome.status === 'failed') notes.push(outcome.explanation);
    if (outcome.truncated) notes.push('The program would go on like this; the simulator stopped it here.');
    if (interactive && stdin === null)
      notes.push(
        'This terminal cannot type into a running container: pipe the input in, e.g. echo "2 * 100" | docker run -i IMAGE',
      );
    if (flagOn(flags, 'detach')) notes.push('-d is not simulated: the container ran in the foreground.');
    return {
      stdout: outcome.stdout,
      stderr: outcome.stderr,
      exitCode: outcome.exitCode,
      notes,
      clear: false,
    };
  },
};
