/**
 * RUN: find the simple commands in the shell line (or heredoc script, or exec form), apply each
 * through the command table against one layer, and describe the net result. Cache mounts keep their
 * targets out of the layer; `cd` changes the working directory for the rest of the line.
 */
import type { RunInstruction } from '../../dockerfile/types';
import { normalizePath } from '../fs/paths';
import { findCommandModel, NO_EFFECT_COMMANDS } from './command-table';
import { addFog, resolvePath, unmodelledRegions } from './helpers';
import { commandName, type SimpleCommand, splitCommands } from '../../shell';
import type { CommandFailure, Contribution, RunContext } from './types';

/** What a RUN did: contributions for the explanation and failures for diagnostics. */
export interface RunEffect {
  contributions: Contribution[];
  failures: CommandFailure[];
  /** Commands no model recognised. */
  unrecognised: string[];
}

function hasKeys(o: Record<string, string>): boolean {
  for (const _ in o) return true;
  return false;
}

/** Scripts without `$` split the same whatever the variables: many stages repeat the same RUN. */
const SPLIT = new Map<string, readonly SimpleCommand[]>();

function commandsOf(script: string, vars: Record<string, string>): readonly SimpleCommand[] {
  if (script.includes('$')) return splitCommands(script, vars);
  let hit = SPLIT.get(script);
  if (!hit) {
    hit = splitCommands(script);
    if (SPLIT.size > 500) SPLIT.clear();
    SPLIT.set(script, hit);
  }
  return hit;
}

/** The script a RUN executes: the heredoc body, the shell text, or the exec argv as words. */
export function runScript(ins: RunInstruction): string {
  if (ins.heredocs.length > 0) {
    const shellWord = ins.command.form === 'shell' ? ins.command.script.trim().split(/\s+/)[0] : '';
    // `RUN <<EOF` runs the body as a script; `RUN python3 <<EOF` feeds it to another program.
    if (shellWord.startsWith('<<') || shellWord === '' || /^(ba|da|a)?sh$/.test(shellWord))
      return ins.heredocs.map((h) => h.content).join('\n');
  }
  if (ins.command.form === 'exec')
    return ins.command.argv.map((a) => (/[\s;&|'"]/.test(a) ? `'${a.replace(/'/g, "'\\''")}'` : a)).join(' ');
  return ins.command.script;
}

/**
 * Apply a RUN to the context's layer writer. `ctx.contribute`/`ctx.fail` are wired to collect here;
 * the caller builds the layer from the writer.
 */
export function applyRun(
  ins: RunInstruction,
  base: Omit<RunContext, 'contribute' | 'fail' | 'cwd' | 'env' | 'cacheMounts'>,
): RunEffect {
  const contributions: Contribution[] = [];
  const failures: CommandFailure[] = [];
  const unrecognised: string[] = [];
  const cacheMounts = ins.mounts
    .filter((m) => m.type === 'cache' || m.type === 'tmpfs' || m.type === 'bind' || m.type === 'secret')
    .map((m) =>
      normalizePath(
        m.target ?? (m.type === 'secret' ? `/run/secrets/${m.options.id ?? ''}` : '/'),
        base.state.workdir,
      ),
    )
    .filter((p) => p !== '/');
  const vars = base.state.vars;
  let cwd = base.state.workdir;
  const commands = commandsOf(runScript(ins), vars);
  const contribute = (c: Contribution) => contributions.push(c);
  const fail = (f: CommandFailure) => failures.push(f);
  for (const cmd of commands) {
    // Most commands have no `NAME=value` prefix: share the stage env instead of copying it.
    const env = hasKeys(cmd.env) ? { ...base.state.env, ...cmd.env } : base.state.env;
    const name = commandName(cmd.argv);
    if (name === 'cd') {
      cwd = resolvePath({ cwd, env }, cmd.argv[1] ?? env.HOME ?? '/root');
      continue;
    }
    const model = findCommandModel(name);
    // Spelled out rather than spread from `base`: a spread-with-overrides literal takes V8's slow
    // path and was the costliest line of a RUN.
    const ctx: RunContext = {
      writer: base.writer,
      state: base.state,
      context: base.context,
      catalog: base.catalog,
      cwd,
      env,
      cacheMounts,
      contribute,
      fail,
    };
    if (model) {
      try {
        model.apply(cmd, ctx);
      } catch {
        contributions.push({
          text: `${name}: the model could not read this command.`,
          confidence: 'low',
          citations: [],
        });
      }
    } else if (!NO_EFFECT_COMMANDS.has(name)) {
      unrecognised.push(name);
      addFog(ctx, unmodelledRegions(cmd.argv, cwd), `\`${name}\` is not modelled: what it writes is unknown`);
    }
  }
  if (unrecognised.length > 0) {
    const names = [...new Set(unrecognised)];
    contributions.push({
      text: `Not modelled: ${names.map((n) => `\`${n}\``).join(', ')}; what ${names.length === 1 ? 'it writes' : 'they write'} is counted as 0 B.`,
      confidence: 'low',
      citations: [],
    });
  }
  if (ins.mounts.some((m) => m.type === 'cache')) {
    contributions.push({
      text: `Cache mounts (${cacheMounts.join(', ')}) persist between builds but are not part of the image.`,
      confidence: 'high',
      citations: [
        {
          text: 'RUN --mount=type=cache: the mounted directory is not part of the layer',
          source: 'Dockerfile reference; FACTS.md §4 row 8',
        },
      ],
    });
  }
  return { contributions, failures, unrecognised };
}
