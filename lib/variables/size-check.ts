/**
 * Finds the variables whose value grows past {@link MAX_EXPANDED_CHARS} (`ENV A=$A$A` repeated, or the
 * same with ARG), stage by stage, and reports each once, naming it. The simulator cuts such a value; a
 * shell would grow it until memory runs out.
 */
import type { Diagnostic } from '../diagnostics';
import type { Dockerfile } from '../dockerfile/types';
import { MAX_EXPANDED_CHARS, expandVariables } from './expand';

export function oversizedVariables(
  df: Dockerfile,
  buildArgs: Readonly<Record<string, string>> = {},
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  const escape = df.directives.escape;
  let scope: Record<string, string | undefined> = {};
  const globals: Record<string, string | undefined> = {};
  let inStage = false;
  const check = (text: string, range: Diagnostic['range'], assigned: string): string => {
    const x = expandVariables(text, scope, escape);
    if (x.tooLong && !reported.has(assigned)) {
      reported.add(assigned);
      out.push({
        ruleId: 'SC-variable-too-long',
        severity: 'warning',
        origin: 'plan',
        message: `${assigned} would be longer than ${MAX_EXPANDED_CHARS.toLocaleString('en-US')} characters (through $${x.tooLong}): the simulator stops expanding it there`,
        hint: `Each use of $${x.tooLong} in its own value doubles it. Give ${assigned} its value once.`,
        range,
        docsUrl: 'https://docs.docker.com/reference/dockerfile/#environment-replacement',
        lessonPath: null,
      });
    }
    return x.value;
  };
  for (const ins of df.instructions) {
    if (ins.kind === 'from') {
      inStage = true;
      scope = { ...globals };
    } else if (ins.kind === 'env') {
      for (const p of ins.pairs) scope[p.key] = check(p.value, p.range, p.key);
    } else if (ins.kind === 'arg') {
      for (const d of ins.declarations) {
        const value = Object.prototype.hasOwnProperty.call(buildArgs, d.name)
          ? buildArgs[d.name]
          : d.defaultValue !== null
            ? check(d.defaultValue, d.range, d.name)
            : undefined;
        if (value === undefined && d.name in scope) continue;
        scope[d.name] = value;
        if (!inStage) globals[d.name] = value;
      }
    }
  }
  return out;
}
