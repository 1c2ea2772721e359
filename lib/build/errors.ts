/**
 * BuildKit's texts for a build that stops, so the simulator prints what `docker build` prints. Each
 * says where BuildKit (github.com/moby/buildkit) or the runtime under it (github.com/opencontainers/runc)
 * writes it. `docker build` prefixes them with `ERROR: failed to solve: `.
 */

/** Longest command text a message quotes; a longer script ends with `...` (BuildKit quotes it whole). */
const MAX_COMMAND_CHARS = 1000;

/** Go's `%q` of `text` (JSON's quoting agrees with it for printable text). */
function goQuote(text: string): string {
  return JSON.stringify(
    text.length > MAX_COMMAND_CHARS ? `${text.slice(0, MAX_COMMAND_CHARS - 3)}...` : text,
  );
}

/**
 * A RUN step that failed: `process "<args>" did not complete successfully: <cause>`, where args is
 * the process's argv joined with spaces (the SHELL and the script, or the exec form). BuildKit:
 * solver/llbsolver/ops/exec.go, `ExecOp.Exec`: `errors.Wrapf(execErr, "process %q did not complete
 * successfully", strings.Join(e.op.Meta.Args, " "))`.
 */
export function processFailed(args: readonly string[], cause: string): string {
  return `process ${goQuote(args.join(' '))} did not complete successfully: ${cause}`;
}

/**
 * The cause for a process that exited with status `code`: `exit code: N` (frontend/gateway/pb/exit.go,
 * `ExitError.Error`).
 */
export function exitCodeCause(code: number): string {
  return `exit code: ${code}`;
}

/**
 * runc's exit status when it cannot start the step's process: its `fatal` exits 1 (runc utils.go
 * `fatal` → `fatalWithCode(err, 1)`), and BuildKit reports runc's status as the step's exit code
 * (executor/runcexecutor/executor.go, `exitError`).
 */
export const RUNC_FAILED_EXIT_CODE = 1;

/**
 * A RUN in shell form whose shell the stage does not have. runc looks the program up before it
 * starts it (libcontainer/standard_init_linux.go: `exec.LookPath(l.config.Args[0])`; Go's os/exec
 * error `exec: "<path>": stat <path>: no such file or directory`), fails with `runc run failed:
 * unable to start container process: …` (runc run.go; libcontainer/container_linux.go) in the step's
 * log, and exits 1. Wording of runc ≥ 1.2, which wraps the init's error as `error during container
 * init: %w` (libcontainer/process_linux.go, `initProcess.start`; runc 1.1 printed it without that,
 * docker/buildx#2400). The same wording as `docker run`'s (lib/build/run/errors.ts).
 */
export function shellMissing(args: readonly string[], shellPath: string): string {
  const log = `runc run failed: unable to start container process: error during container init: exec: "${shellPath}": stat ${shellPath}: no such file or directory`;
  return `${processFailed(args, exitCodeCause(RUNC_FAILED_EXIT_CODE))} (the step's log: ${log})`;
}

/**
 * A COPY or ADD source that is not there. BuildKit: `failed to compute cache key` (solver/edge.go),
 * `failed to calculate checksum of ref <id>` (solver/llbsolver/ops/opsutils/contenthash.go, with the
 * id of a cache record), `"<path>": not found` (cache/contenthash/checksum.go, `errNotFound` wrapped
 * with the path). The id is random per build; the simulator writes `<ref>` in its place.
 */
export function copySourceNotFound(path: string): string {
  return `failed to compute cache key: failed to calculate checksum of ref <ref>: ${goQuote(path)}: not found`;
}

/**
 * A RUN that requires a secret the build was not given: `secret <id>: not found`
 * (session/secrets/secrets.go, `GetSecret`: `errors.Wrapf(ErrNotFound, "secret %s", id)`).
 */
export function secretNotFound(id: string): string {
  return `secret ${id}: not found`;
}

/**
 * A base image not published for the platform a stage is built for: `failed to resolve source
 * metadata for <ref>` (client/llb/sourceresolver/imageresolver.go) around containerd's `no match for
 * platform in manifest: not found` (containerd core/images/handlers.go, vendored by BuildKit).
 */
export function platformNotPublished(ref: string, fullRef: string): string {
  return `${ref}: failed to resolve source metadata for ${fullRef}: no match for platform in manifest: not found`;
}
