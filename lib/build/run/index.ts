/**
 * `runImage`: what `docker run` does with a simulated image — form the command from ENTRYPOINT and
 * CMD, check the user, find the executable, check what it needs (loader and libc, a script's
 * interpreter, the JVM and the jar, Python and its packages), then run a program model or return
 * Docker's own error text. Never throws.
 */
import type { RunOutcome, SimulatedImage } from '../types';
import { splitCommands } from '../../shell';
import { formCommand } from './argv';
import {
  ERROR_SOURCES,
  EXEC_FAILED_EXIT_CODE,
  execFailed,
  lookPathError,
  NO_COMMAND_ERROR,
  permissionError,
  startErrorExitCode,
  statError,
  unknownUserError,
} from './errors';
import { checkInterpreter } from './interpreters';
import { findCommand, probeImage } from './lookup';
import { runsNatively } from '../../dockerfile/platform';
import { findProgram } from './programs/index';
import { commandFinds, entrypointSentence, followEntrypoint } from './entrypoint-script';

/** Options of `docker run`. */
export interface RunOptions {
  /** Standard input (`docker run -i`); empty means closed input. */
  stdin?: string;
  /** Arguments after the image name (replace CMD). */
  args?: string[];
  /** `--entrypoint` (replaces ENTRYPOINT and clears CMD). */
  entrypoint?: string[] | null;
}

function failed(
  message: string,
  explanation: string,
  argv: string[] | null,
  exitCode = startErrorExitCode(message),
): RunOutcome {
  return {
    status: 'failed',
    exitCode,
    stdout: '',
    stderr: `${message}\n`,
    argv,
    explanation: `${explanation} (Docker's wording: ${ERROR_SOURCES}.)`,
    outputSimulated: true,
    truncated: false,
  };
}

/**
 * The model cannot tell whether the container starts: `because` names what is unknown (e.g. "the
 * entrypoint comes from an image the simulator does not know").
 */
function cantTell(argv: string[] | null, because: string): RunOutcome {
  const reason = because.replace(/\.$/, '');
  return {
    status: 'unknown',
    exitCode: 0,
    stdout: '',
    stderr: '',
    argv,
    explanation: `Can't tell whether the container starts: ${reason}.`,
    outputSimulated: false,
    truncated: false,
    because: reason,
  };
}

function started(argv: string[], explanation: string): RunOutcome {
  return {
    status: 'started',
    exitCode: 0,
    stdout: '',
    stderr: '',
    argv,
    explanation,
    outputSimulated: false,
    truncated: false,
  };
}

function run(image: SimulatedImage, options: RunOptions, depth = 0): RunOutcome {
  const user = (image.config.user || 'root').split(':')[0];
  if (image.users && user && user !== 'root' && !/^\d+$/.test(user) && !image.users.includes(user)) {
    if (image.usersPartial) return cantTell(null, `whether user ${user} exists: ${image.usersPartial}`);
    return failed(
      unknownUserError(user),
      `USER ${user} does not exist in the image's /etc/passwd, so Docker cannot start the container as that user.`,
      null,
    );
  }
  const inherited = image.config.unknown;
  if (inherited && !options.entrypoint) {
    if (inherited.entrypoint) return cantTell(null, `the ENTRYPOINT ${inherited.entrypoint}`);
    if (inherited.cmd && !(options.args && options.args.length > 0))
      return cantTell(null, `the CMD ${inherited.cmd}`);
  }
  const formed = formCommand(image.config, { args: options.args, entrypoint: options.entrypoint });
  if (!formed || formed.argv.length === 0 || formed.argv[0] === '') {
    return failed(
      NO_COMMAND_ERROR,
      'The image has neither ENTRYPOINT nor CMD, and no command was given.',
      null,
      125,
    );
  }
  let argv = formed.argv;
  let found = findCommand(image, argv[0]);
  if (found.presence === 'unknown') return cantTell(argv, found.because);
  if (found.presence === 'absent' || !found.entry) {
    const message = argv[0].includes('/') ? statError(argv[0]) : lookPathError(argv[0]);
    const why = formed.viaShell
      ? `The command is in shell form, so Docker runs it with ${argv[0]} -c, and this image has no ${argv[0]} (scratch and distroless have no shell). Write ENTRYPOINT/CMD in exec (JSON) form.`
      : `${argv[0]} is not in the image${argv[0].includes('/') ? '' : ` (looked up on PATH=${image.config.env.PATH ?? 'default'})`}.`;
    return failed(message, why, argv);
  }
  // A shell runs the script: follow it to the program it starts (one simple command).
  if (formed.viaShell && !found.viaBulk) {
    const script = argv[argv.length - 1] ?? '';
    const cmds = splitCommands(script, image.config.env);
    const first = cmds[0];
    if (cmds.length === 1 && first) {
      const inner = findCommand(image, first.argv[0]);
      if (inner.presence === 'unknown') return cantTell(argv, inner.because);
      if (inner.presence === 'absent' || !inner.entry) {
        return {
          status: 'started',
          exitCode: 127,
          stdout: '',
          stderr: `${argv[0]}: 1: ${first.argv[0]}: not found\n`,
          argv,
          explanation: `The shell started but could not find ${first.argv[0]}, so it exits with 127.`,
          outputSimulated: true,
          truncated: false,
        };
      }
      argv = first.argv.concat(argv.slice(argv.length));
      found = inner;
    } else return started(argv, `The shell runs \`${script}\`; its output is not simulated.`);
  }
  const entry = found.entry;
  if (!entry) return cantTell(argv, found.because);
  if (found.viaBulk)
    return started(
      argv,
      `${argv[0]} is in the image, but the model does not know what it prints: its output is not simulated.`,
    );
  if (entry.kind === 'dir')
    return failed(permissionError(argv[0]), `${argv[0]} is a folder, not a program.`, argv);
  if (entry.mode === undefined && entry.modeUnknown) return cantTell(argv, entry.modeUnknown);
  // No execute bit for anyone: the kernel refuses exec (EACCES), root included.
  if (entry.mode !== undefined && (entry.mode & 0o111) === 0)
    return failed(
      permissionError(argv[0]),
      `${argv[0]} has mode ${entry.mode.toString(8).padStart(4, '0')}, without the execute bit: add it (COPY --chmod=755, or chmod +x in a RUN).`,
      argv,
    );
  // A binary built for another architecture: the kernel cannot load it (ENOEXEC), unless an
  // emulator is registered for that architecture (binfmt_misc, as Docker Desktop sets up).
  const imagePlatform = image.platform ?? 'linux/amd64';
  if (entry.kind === 'elf' && entry.platform && !runsNatively(entry.platform, imagePlatform))
    return failed(
      execFailed(found.path, 'exec format error'),
      `${found.path} was compiled for ${entry.platform}, but the image is for ${imagePlatform}: a machine of that platform cannot execute it (only one with an emulator for ${entry.platform} registered, as Docker Desktop has, would). Cross-compile for the target: GOOS=$TARGETOS GOARCH=$TARGETARCH go build, with ARG TARGETOS TARGETARCH declared in the stage.`,
      argv,
      EXEC_FAILED_EXIT_CODE,
    );
  if (entry.kind === 'elf' && entry.linkage === 'dynamic') {
    const loader = entry.interpreter ?? '/lib64/ld-linux-x86-64.so.2';
    const loaderProbe = probeImage(image, loader);
    if (loaderProbe.presence === 'unknown') return cantTell(argv, loaderProbe.because);
    if (loaderProbe.presence === 'absent') {
      return failed(
        execFailed(found.path, 'no such file or directory'),
        `${found.path} is dynamically linked: it needs the loader ${loader} and libc, which this image does not have. The kernel reports the missing loader as "no such file or directory", about a file that does exist. Build it static (CGO_ENABLED=0) or use a base with libc (distroless base or cc).`,
        argv,
        EXEC_FAILED_EXIT_CODE,
      );
    }
  }
  if (entry.kind === 'script' && entry.shebang) {
    const interp = entry.shebang;
    const interpProbe = interp === '/usr/bin/env' ? null : probeImage(image, interp);
    if (interpProbe?.presence === 'unknown') return cantTell(argv, interpProbe.because);
    if (interpProbe?.presence === 'absent')
      return failed(
        execFailed(found.path, 'no such file or directory'),
        `${found.path} is a script for ${interp}, which this image does not have.`,
        argv,
        EXEC_FAILED_EXIT_CODE,
      );
  }
  // An official image's entrypoint script sets up its server, or execs the command it is given.
  const script = followEntrypoint(entry.program, argv, (name) => {
    const f = findCommand(image, name);
    if (f.presence === 'unknown') return 'unknown';
    return f.presence === 'present' && f.entry && commandFinds(f.entry.kind, f.entry.mode) ? 'yes' : 'no';
  });
  if (script && 'unknown' in script) return cantTell(argv, script.unknown);
  if (script && depth < 2) {
    if (script.argv.length === 0)
      return { ...started(argv, entrypointSentence(script)), outputSimulated: true };
    const inner = run(image, { ...options, entrypoint: script.argv, args: [] }, depth + 1);
    // The image's own server, where on PATH the catalog does not say: it is there, since the image
    // is published to run it.
    if (inner.status === 'unknown' && script.argv[0] === script.rule.main)
      return started(
        script.argv,
        `${entrypointSentence(script)} ${script.rule.main} is the program the image is built to run; the model does not know what it prints, so its output is not simulated.`,
      );
    return { ...inner, explanation: `${entrypointSentence(script)} ${inner.explanation}` };
  }
  const interp = checkInterpreter(image, argv, found.path);
  if (interp?.ok === 'unknown') return cantTell(argv, interp.because);
  if (interp && interp.ok === false) {
    return {
      status: 'started',
      exitCode: interp.exitCode,
      stdout: '',
      stderr: interp.stderr,
      argv,
      explanation: interp.explanation,
      outputSimulated: true,
      truncated: false,
    };
  }
  const programId = interp?.ok === true ? interp.program : (entry.program ?? null);
  const model = findProgram(programId);
  if (!model)
    return started(
      argv,
      `${argv.join(' ')} starts. The model does not know this program, so its output is not simulated.`,
    );
  const out = model.run({
    argv,
    stdin: options.stdin ?? '',
    env: image.config.env,
    image,
    mainPath: interp?.ok === true ? interp.mainPath : found.path,
  });
  return {
    status: 'started',
    exitCode: out.exitCode,
    stdout: out.stdout,
    stderr: out.stderr,
    argv,
    explanation: out.explanation,
    outputSimulated: true,
    truncated: out.truncated,
  };
}

/** Simulate `docker run [--entrypoint …] IMAGE [args…]` with `stdin`. Never throws. */
export function runImage(image: SimulatedImage, options: RunOptions = {}): RunOutcome {
  try {
    return run(image, options);
  } catch (err) {
    return {
      status: 'failed',
      exitCode: 125,
      stdout: '',
      stderr: '',
      argv: null,
      explanation: `The run model could not handle this image (${err instanceof Error ? err.message : String(err)}).`,
      outputSimulated: false,
      truncated: false,
    };
  }
}

export { formCommand } from './argv';
