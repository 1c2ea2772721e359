/**
 * Dependencies between stages: `COPY --from` and `RUN --mount=from=` resolved as BuildKit does
 * (../shared/facts/BUILDKIT.md rows 7–9): any stage by name (earlier or later) or by index, else
 * an external image; no variables in `--from`; and cycles reported on the offending instruction.
 */
import type { Diagnostic, SourceRange } from '../diagnostics';
import type { Instruction } from '../dockerfile/types';
import { PLAN_LESSONS, planDiagnostic } from './diagnostic';
import type { StageDraft } from './stages';
import { StageNames } from './stages';
import type { Builder, Edge, EdgeKind, GraphNode } from './types';

/** Resolves a `--from` value to a stage or image node, reporting Docker's errors. */
function resolveFrom(
  value: string,
  range: SourceRange,
  stage: StageDraft,
  stages: StageDraft[],
  names: StageNames,
  builder: Builder,
  diagnostics: Diagnostic[],
): GraphNode | null {
  if (value.includes('$')) {
    diagnostics.push(
      planDiagnostic(
        'from-variable',
        'error',
        'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround',
        'Add a stage such as `ARG SRC=build` before the first FROM and `FROM ${SRC} AS src`, then use `COPY --from=src`.',
        range,
        PLAN_LESSONS.copyFrom,
      ),
    );
    return null;
  }
  if (value === '') {
    diagnostics.push(
      planDiagnostic(
        'from-empty',
        'error',
        '--from requires a value',
        'Name a stage or an image after `--from=`.',
        range,
      ),
    );
    return null;
  }
  // The legacy builder only knows the stages built so far.
  const visible = builder === 'legacy' ? stage.index : stages.length;
  if (/^[0-9]+$/.test(value)) {
    const index = Number(value);
    if (index >= visible) {
      diagnostics.push(
        planDiagnostic(
          'invalid-stage-index',
          'error',
          `invalid stage index ${value}`,
          `Stages are numbered from 0; this Dockerfile has ${stages.length}. Prefer naming stages with AS and copying by name.`,
          range,
          PLAN_LESSONS.copyFrom,
        ),
      );
      return null;
    }
    return { kind: 'stage', index };
  }
  const found = names.find(value, visible);
  if (found !== null) return { kind: 'stage', index: found };
  return { kind: 'image', ref: value };
}

/** All dependency edges of every stage (FROM edges included). */
export function collectEdges(stages: StageDraft[], builder: Builder, diagnostics: Diagnostic[]): Edge[] {
  const edges: Edge[] = [];
  const names = StageNames.of(stages);
  for (const stage of stages) {
    const b = stage.base;
    if (b.kind === 'stage')
      edges.push({
        from: { kind: 'stage', index: b.stageIndex },
        to: stage.index,
        kind: 'from',
        range: stage.from.range,
      });
    else if (b.kind === 'image' && b.ref !== '')
      edges.push({
        from: { kind: 'image', ref: b.ref },
        to: stage.index,
        kind: 'from',
        range: stage.from.range,
      });
    for (const ins of stage.instructions)
      addInstructionEdges(ins, stage, stages, names, builder, edges, diagnostics);
  }
  return edges;
}

function addInstructionEdges(
  ins: Instruction,
  stage: StageDraft,
  stages: StageDraft[],
  names: StageNames,
  builder: Builder,
  edges: Edge[],
  diagnostics: Diagnostic[],
): void {
  const add = (value: string, range: SourceRange, kind: EdgeKind): void => {
    const node = resolveFrom(value, range, stage, stages, names, builder, diagnostics);
    if (node) edges.push({ from: node, to: stage.index, kind, range: ins.range });
  };
  if (ins.kind === 'copy' && ins.from !== null) add(ins.from, ins.fromRange ?? ins.range, 'copy-from');
  if (ins.kind === 'run') for (const m of ins.mounts) if (m.from !== null) add(m.from, m.range, 'mount-from');
}

function stageLabel(s: StageDraft): string {
  return s.name ?? `stage-${s.index}`;
}

/**
 * Finds cycles through the stage edges and reports `circular dependency detected on stage: <name>`
 * on each edge that closes one. Returns the set of edges (by object) that close cycles.
 */
export function findCycles(stages: StageDraft[], edges: Edge[], diagnostics: Diagnostic[]): Set<Edge> {
  const out = new Map<number, Edge[]>();
  for (const e of edges) {
    if (e.from.kind !== 'stage') continue;
    const list = out.get(e.to) ?? [];
    list.push(e);
    out.set(e.to, list);
  }
  const state = new Uint8Array(stages.length); // 0 new, 1 on stack, 2 done
  const closing = new Set<Edge>();
  const visit = (root: number): void => {
    const stack: Array<{ node: number; i: number }> = [{ node: root, i: 0 }];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const deps = out.get(top.node) ?? [];
      if (top.i >= deps.length) {
        state[top.node] = 2;
        stack.pop();
        continue;
      }
      const e = deps[top.i++];
      const next = e.from.kind === 'stage' ? e.from.index : -1;
      if (next < 0 || next >= stages.length) continue;
      if (state[next] === 1) {
        closing.add(e);
        diagnostics.push(
          planDiagnostic(
            'circular-dependency',
            'error',
            `circular dependency detected on stage: ${stageLabel(stages[next])}`,
            next === e.to
              ? 'A stage cannot copy from itself; copy from the stage that produced the files.'
              : 'Stages copy from each other in a loop; remove one of the COPY --from (or RUN --mount=from) that close it.',
            e.range,
            PLAN_LESSONS.copyFrom,
          ),
        );
      } else if (state[next] === 0) {
        state[next] = 1;
        stack.push({ node: next, i: 0 });
      }
    }
  };
  for (let i = 0; i < stages.length; i++) if (state[i] === 0) visit(i);
  return closing;
}
