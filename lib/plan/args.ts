/**
 * ARG scoping as Docker applies it: ARGs before the first FROM are global ("meta args"), usable
 * in FROM lines only; inside a stage an ARG must be (re-)declared to be visible, a bare `ARG NAME`
 * picks up the global value, and `--build-arg` values override every default.
 */
import type { ArgInstruction, Instruction } from '../dockerfile/types';
import { expandVariables } from '../variables/expand';
import { platformArgs } from '../dockerfile/platform';

/**
 * The platform ARGs BuildKit defines automatically in the global scope (values for a linux/amd64
 * build on a linux/amd64 machine; `platformArgs` gives them for other platforms). Inside a stage
 * they must be declared (`ARG TARGETARCH`, without a value) to be used.
 */
export const AUTOMATIC_PLATFORM_ARGS: Readonly<Record<string, string>> = platformArgs('linux/amd64');

/** Predefined proxy ARGs Docker accepts without a declaration. */
export const PREDEFINED_ARGS: ReadonlySet<string> = new Set([
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
]);

/** Values of the global ARGs (null when declared without a value and not given as a build arg). */
export function globalArgValues(
  metaArgs: ArgInstruction[],
  buildArgs: Readonly<Record<string, string>>,
  escape: '\\' | '`',
  auto: Readonly<Record<string, string>> = AUTOMATIC_PLATFORM_ARGS,
): Record<string, string | null> {
  const values: Record<string, string | null> = {};
  const scope: Record<string, string | undefined> = { ...auto };
  for (const arg of metaArgs) {
    for (const d of arg.declarations) {
      let value: string | null;
      if (Object.prototype.hasOwnProperty.call(buildArgs, d.name)) value = buildArgs[d.name];
      else if (d.defaultValue !== null) value = expandVariables(d.defaultValue, scope, escape).value;
      else value = null;
      values[d.name] = value;
      scope[d.name] = value ?? undefined;
    }
  }
  return values;
}

/** The variables a FROM line can see: automatic platform ARGs and the global ARGs that have a value. */
export function fromScope(
  globals: Readonly<Record<string, string | null>>,
  auto: Readonly<Record<string, string>> = AUTOMATIC_PLATFORM_ARGS,
): Record<string, string | undefined> {
  const scope: Record<string, string | undefined> = { ...auto };
  for (const [k, v] of Object.entries(globals)) scope[k] = v ?? undefined;
  return scope;
}

/**
 * The ARG values declared in a stage, after build args: a re-declared global without a default
 * takes the global value; a default is expanded with the values visible before it.
 */
export function stageArgValues(
  instructions: Instruction[],
  globals: Readonly<Record<string, string | null>>,
  buildArgs: Readonly<Record<string, string>>,
  escape: '\\' | '`',
  auto: Readonly<Record<string, string>> = AUTOMATIC_PLATFORM_ARGS,
): Record<string, string> {
  const out: Record<string, string> = {};
  const scope: Record<string, string | undefined> = {};
  for (const ins of instructions) {
    if (ins.kind === 'env') {
      for (const p of ins.pairs) scope[p.key] = expandVariables(p.value, scope, escape).value;
      continue;
    }
    if (ins.kind !== 'arg') continue;
    for (const d of ins.declarations) {
      let value: string | undefined;
      if (Object.prototype.hasOwnProperty.call(buildArgs, d.name)) value = buildArgs[d.name];
      else if (d.defaultValue !== null) value = expandVariables(d.defaultValue, scope, escape).value;
      else if (globals[d.name] !== undefined && globals[d.name] !== null)
        value = globals[d.name] ?? undefined;
      else if (Object.prototype.hasOwnProperty.call(auto, d.name)) value = auto[d.name];
      if (value !== undefined) {
        out[d.name] = value;
        scope[d.name] = value;
      }
    }
  }
  return out;
}
