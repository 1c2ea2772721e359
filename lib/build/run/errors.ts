/**
 * Docker's own error texts for containers that cannot start, and their exit codes. Two kinds:
 *
 * - **Create errors**, found before the container's process exists: runc looks the program up first
 *   (runc libcontainer/standard_init_linux.go: `exec.LookPath(l.config.Args[0])`, Go's os/exec errors
 *   `exec: "<name>": executable file not found in $PATH`, `exec: "<path>": stat <path>: no such file or
 *   directory`, `…: permission denied`), wraps them as `runc create failed: unable to start container
 *   process: %w` (runc create.go; libcontainer/container_linux.go), and the daemon adds its prefix. The
 *   docker CLI exits 127 when the message says "executable file not found" or "no such file or
 *   directory", 126 for "permission denied", 125 otherwise (docker/cli cli/command/container/run.go
 *   `runStartContainerErr`; docs.docker.com/reference/cli/docker/container/run/#exit-status). The
 *   wording is runc ≥ 1.2's (the runc Docker Engine ships today): `initProcess.start` wraps every
 *   error of the container's init as `error during container init: %w` (runc
 *   libcontainer/process_linux.go, v1.2.0 to v1.5.1; in 1.1 only before the init was told to run, so
 *   1.1 printed `unable to start container process: exec: …` without it). The daemon's part is moby's
 *   `failed to create task for container: %w` (daemon/internal/libcontainerd/remote/client.go) around
 *   containerd's `failed to create shim task: %w` (core/runtime/v2/task_manager.go) and its runc
 *   shim's `OCI runtime create failed: `. `exec failed: unable to start container process: …` is what
 *   `runc exec` prints (runc exec.go), so it belongs to `docker exec`, not to `docker run`. The
 *   message ends at the daemon's `unknown`: the period older CLIs added is gone since docker/cli v28
 *   (cli/command/container/run.go), which the terminal's framing (lib/cli/docker/output.ts) follows.
 * - **Exec errors**, when the kernel refuses the program after the container started: see
 *   `execFailed`.
 */

const PREFIX =
  'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ';

/** Where the texts come from, for explanations. */
export const ERROR_SOURCES =
  'runc ≥ 1.2 wording (opencontainers/runc create.go, libcontainer/container_linux.go and process_linux.go: "runc create failed: unable to start container process: error during container init: …"), inside moby\'s "failed to create task for container" (daemon/internal/libcontainerd/remote/client.go); docker/cli run.go runStartContainerErr for the exit codes of create errors, runc init_linux.go Init for 255 after an exec error';

/** An absolute (or relative) path that does not exist: `exec: "/bin/sh": stat /bin/sh: no such file or directory`. */
export function statError(path: string): string {
  return `${PREFIX}exec: "${path}": stat ${path}: no such file or directory: unknown`;
}

/** A bare command name not found on PATH. */
export function lookPathError(name: string): string {
  return `${PREFIX}exec: "${name}": executable file not found in $PATH: unknown`;
}

/** A path that exists but is a folder or not executable. */
export function permissionError(path: string): string {
  return `${PREFIX}exec: "${path}": permission denied: unknown`;
}

/**
 * The exit status of a container whose program the kernel refused after the container started:
 * runc's init prints the error and exits 255 (runc libcontainer/init_linux.go, `Init`: `os.Exit(255)`
 * once the error can no longer be sent to the parent, which is so after it closed the sync pipe).
 */
export const EXEC_FAILED_EXIT_CODE = 255;

/**
 * The kernel refused to execute `path` (execve failed), printed by the container's process on stderr:
 * `exec <path>: exec format error` (a binary for another architecture, ENOEXEC) or `exec <path>: no
 * such file or directory` (the file exists but its ELF loader or script interpreter does not, ENOENT).
 * runc internal/linux/linux.go, `Exec`: `&os.PathError{Op: "exec", Path: cmd, Err: err}`; runc ≥ 1.1
 * (mattn/go-sqlite3#1087). The container exits with `EXEC_FAILED_EXIT_CODE`.
 */
export function execFailed(path: string, reason: 'exec format error' | 'no such file or directory'): string {
  return `exec ${path}: ${reason}`;
}

/** USER names an account that /etc/passwd does not have. */
export function unknownUserError(user: string): string {
  return `docker: Error response from daemon: unable to find user ${user}: no matching entries in passwd file`;
}

/** Neither ENTRYPOINT nor CMD nor arguments. */
export const NO_COMMAND_ERROR = 'docker: Error response from daemon: no command specified';

/** The docker CLI's exit code for a start error message. */
export function startErrorExitCode(message: string): number {
  if (message.includes('executable file not found') || message.includes('no such file or directory'))
    return 127;
  if (message.includes('permission denied') || message.includes('is a directory')) return 126;
  return 125;
}
