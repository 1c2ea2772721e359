/**
 * How Docker forms the container's command from ENTRYPOINT, CMD, `docker run` arguments and
 * `--entrypoint` (Dockerfile reference, "Understand how CMD and ENTRYPOINT interact").
 */
import type { ImageConfig } from '../types';

/** Options of `docker run` that change the command. */
export interface ArgvOptions {
  /** Arguments after the image name: they replace CMD. */
  args?: string[];
  /** `--entrypoint`: replaces ENTRYPOINT and clears CMD (arguments still apply). */
  entrypoint?: string[] | null;
}

/** The command Docker executes, and whether it goes through the image's shell. */
export interface FormedCommand {
  argv: string[];
  /** True when a shell-form ENTRYPOINT or CMD made Docker prefix the SHELL (`/bin/sh -c`). */
  viaShell: boolean;
}

/** Combine ENTRYPOINT and CMD as Docker does. Null when there is nothing to run. */
export function formCommand(config: ImageConfig, options: ArgvOptions = {}): FormedCommand | null {
  const shell = config.shell.length > 0 ? config.shell : ['/bin/sh', '-c'];
  const args = options.args && options.args.length > 0 ? options.args : null;
  if (options.entrypoint && options.entrypoint.length > 0) {
    return { argv: [...options.entrypoint, ...(args ?? [])], viaShell: false };
  }
  const cmd =
    args ?? (config.cmd ? (config.cmdShellForm ? [...shell, config.cmd[0] ?? ''] : config.cmd) : []);
  const cmdViaShell = !args && config.cmdShellForm && config.cmd !== null;
  if (config.entrypoint && config.entrypoint.length > 0) {
    if (config.entrypointShellForm) return { argv: [...shell, config.entrypoint[0] ?? ''], viaShell: true };
    return { argv: [...config.entrypoint, ...cmd], viaShell: cmdViaShell };
  }
  if (cmd.length === 0) return null;
  return { argv: [...cmd], viaShell: cmdViaShell };
}
