/**
 * Flag parsing as the docker CLI does it (spf13/pflag): `--tag calc`, `--tag=calc`, `-t calc`,
 * `-tcalc`, grouped switches `-it`, `--` ending the flags, and pflag's own error texts
 * (spf13/pflag errors.go `NotExistError`, `ValueRequiredError`, as vendored in docker/cli).
 */
import type { FlagSpec } from './types';

/** Parsed flags and the remaining words; `help` is true when `-h`/`--help` was given. */
export interface ParsedFlags {
  ok: true;
  flags: Map<string, string[]>;
  positional: string[];
  help: boolean;
}

/** A usage error with pflag's message. */
export interface FlagError {
  ok: false;
  error: string;
}

function set(flags: Map<string, string[]>, spec: FlagSpec, value: string): void {
  const values = flags.get(spec.name) ?? [];
  flags.set(spec.name, spec.repeatable ? [...values, value] : [value]);
}

/**
 * Parses `args` against `specs`. With `interspersed` false (as `docker run`), the first word that is
 * not a flag ends the flags: what follows is the container's command.
 */
export function parseFlags(
  args: string[],
  specs: FlagSpec[],
  interspersed: boolean,
): ParsedFlags | FlagError {
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq === -1 ? undefined : eq);
      if (name === 'help') {
        help = true;
        continue;
      }
      const spec = specs.find((s) => s.name === name);
      if (!spec) return { ok: false, error: `unknown flag: --${name}` };
      if (!spec.takesValue) {
        set(flags, spec, eq === -1 ? 'true' : arg.slice(eq + 1));
        continue;
      }
      if (eq !== -1) set(flags, spec, arg.slice(eq + 1));
      else if (i + 1 < args.length) set(flags, spec, args[++i]);
      else return { ok: false, error: `flag needs an argument: --${name}` };
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let k = 1; k < arg.length; k++) {
        const letter = arg[k];
        if (letter === 'h') {
          help = true;
          continue;
        }
        const spec = specs.find((s) => s.short === letter);
        // pflag names the shorthands left from the unknown one on (`-itx` → `'x' in -x`).
        if (!spec) return { ok: false, error: `unknown shorthand flag: '${letter}' in -${arg.slice(k)}` };
        if (!spec.takesValue) {
          set(flags, spec, 'true');
          continue;
        }
        const rest = arg.slice(k + 1).replace(/^=/, '');
        if (rest !== '') set(flags, spec, rest);
        else if (i + 1 < args.length) set(flags, spec, args[++i]);
        else return { ok: false, error: `flag needs an argument: '${letter}' in -${arg.slice(k)}` };
        break;
      }
      continue;
    }
    positional.push(arg);
    if (!interspersed) {
      positional.push(...args.slice(i + 1));
      break;
    }
  }
  return { ok: true, flags, positional, help };
}

/** The last value of a flag, or null when it was not given. */
export function flagValue(flags: Map<string, string[]>, name: string): string | null {
  const values = flags.get(name);
  return values && values.length > 0 ? values[values.length - 1] : null;
}

/** True when a boolean flag was given (and not as `--flag=false`). */
export function flagOn(flags: Map<string, string[]>, name: string): boolean {
  const v = flagValue(flags, name);
  return v !== null && v !== 'false';
}
