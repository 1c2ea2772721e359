/**
 * Docker's own error texts for containers that cannot start (runc ≥ 1.1 wording) and
 * the exit codes the docker CLI returns for them: 127 when the message says "executable file not
 * found" or "no such file or directory", 126 for "permission denied", 125 for other daemon errors
 * (docker/cli cli/command/container/run.go `runStartContainerErr`; docs.docker.com/reference/cli/docker/container/run/#exit-status).
 */

const PREFIX =
  'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ';

/** Where the texts come from, for explanations. */
export const ERROR_SOURCES =
  'runc ≥ 1.1 wording (opencontainers/runc libcontainer), as reported in sassoftware/event-provenance-registry#42 and mattn/go-sqlite3#1087; docker/cli run.go runStartContainerErr for exit codes';

/** An absolute (or relative) path that does not exist: `exec: "/bin/sh": stat /bin/sh: no such file or directory`. */
export function statError(path: string): string {
  return `${PREFIX}exec: "${path}": stat ${path}: no such file or directory: unknown.`;
}

/** A bare command name not found on PATH. */
export function lookPathError(name: string): string {
  return `${PREFIX}exec: "${name}": executable file not found in $PATH: unknown.`;
}

/** A path that exists but is a folder or not executable. */
export function permissionError(path: string): string {
  return `${PREFIX}exec: "${path}": permission denied: unknown.`;
}

/**
 * The file exists but its ELF interpreter (or script interpreter) does not: runc ≥ 1.1 prints
 * `exec <path>: no such file or directory` from inside the container, which then exits with 1.
 */
export function missingInterpreterError(path: string): string {
  return `exec ${path}: no such file or directory`;
}

/** USER names an account that /etc/passwd does not have. */
export function unknownUserError(user: string): string {
  return `docker: Error response from daemon: unable to find user ${user}: no matching entries in passwd file.`;
}

/** Neither ENTRYPOINT nor CMD nor arguments. */
export const NO_COMMAND_ERROR = 'docker: Error response from daemon: no command specified.';

/** The docker CLI's exit code for a start error message. */
export function startErrorExitCode(message: string): number {
  if (message.includes('executable file not found') || message.includes('no such file or directory'))
    return 127;
  if (message.includes('permission denied') || message.includes('is a directory')) return 126;
  return 125;
}
