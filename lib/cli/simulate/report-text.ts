/**
 * The readable report of the simulate tool: stages (built or skipped, and why), edges,
 * diagnostics with line numbers, the final image's layers with sizes and reasons, the image's
 * facts, and the run outcome.
 */
import type { RunOutcome, SimulationResult } from '../../build/types';
import type { SimulateJson } from './report-json';
import { dockerImageSize } from '../../build/format';

function indent(text: string, prefix: string): string {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => `${prefix}${l}`)
    .join('\n');
}

/** Render the report. `doc` is the same data as `--json` prints. */
export function toText(
  doc: SimulateJson,
  result: SimulationResult,
  run: RunOutcome | null | undefined,
  size: (n: number) => string,
): string {
  const out: string[] = [];
  const g = result.graph;
  out.push(`Dockerfile: ${doc.dockerfile}`);
  out.push(
    `Builder: ${doc.builder}   Target: ${doc.target ?? '(none)'}${doc.targetIndex !== null ? ` (#${doc.targetIndex})` : ''}`,
  );
  out.push(`Platform: ${doc.platform}   Build machine: ${doc.buildPlatform}`);
  out.push('', 'Stages');
  if (doc.stages.length === 0) out.push('  (none)');
  for (const s of doc.stages) {
    const label = `#${s.index} ${s.name ?? g.stages[s.index]?.displayName ?? ''}`.trim();
    const status = s.built
      ? `built${s.sizeBytes !== null ? `, ${size(s.sizeBytes)}` : ''}`
      : `skipped: ${s.skippedReason ?? 'not needed'}`;
    const platform =
      s.platform !== doc.platform || s.emulated
        ? `  [${s.platform}${s.built && s.emulated && g.stages[s.index]?.instructions.some((i) => i.kind === 'run') ? ', RUN emulated' : ''}]`
        : '';
    out.push(
      `  ${label.padEnd(18)} FROM ${s.base.padEnd(36)} ${status}${platform}${s.index === doc.targetIndex ? '  ← target' : ''}`,
    );
  }
  out.push('', 'Edges');
  if (doc.edges.length === 0) out.push('  (none)');
  for (const e of doc.edges) out.push(`  ${e.from} → #${e.to} (${e.kind}, line ${e.line})`);
  out.push('', 'Diagnostics');
  if (doc.diagnostics.length === 0) out.push('  (none)');
  for (const d of doc.diagnostics) {
    out.push(`  line ${String(d.line).padEnd(4)} ${d.severity.padEnd(7)} ${d.ruleId}: ${d.message}`);
    if (d.hint) out.push(`             hint: ${d.hint}`);
  }
  if (result.image) {
    out.push('', 'Layers of the final image (uncompressed, as docker images counts them)');
    for (const l of result.image.layers) {
      const where = l.line !== null ? `line ${l.line}` : 'base';
      const shown = dockerImageSize(l);
      out.push(
        `  ${shown.padStart(8)}  ${l.confidence.padEnd(6)} ${where.padEnd(8)} ${l.instruction.length > 70 ? `${l.instruction.slice(0, 67)}...` : l.instruction}`,
      );
      if (!l.empty) out.push(indent(l.explanation, '             why: '));
      if (l.sizeRange) out.push(indent(`${l.sizeRange.because}.`, '             unknown: '));
    }
    const img = doc.image;
    if (img) {
      // A setting inherited from an image the model does not know is not "(none)".
      const notKnown = result.image.config.unknown ?? {};
      const setting = (field: 'entrypoint' | 'cmd', value: string[] | null) =>
        value ? JSON.stringify(value) : notKnown[field] !== undefined ? "(can't tell)" : '(none)';
      // What the model knows of a fact, or "can't tell" (with what it does know, if anything).
      const unsure = (fact: string, known: string) =>
        img.unknownFacts[fact] === undefined
          ? known
          : known === 'none' || known === ''
            ? "can't tell"
            : `${known}, maybe more (can't tell)`;
      out.push(
        '',
        img.sizeRange
          ? `Final image: ${img.size} (${img.sizeBytes.toLocaleString('en-US')} bytes known, confidence ${img.confidence}), ${img.fileCount.toLocaleString('en-US')} files known`
          : `Final image: ${img.size} (${img.sizeBytes.toLocaleString('en-US')} bytes, confidence ${img.confidence}), ${img.fileCount.toLocaleString('en-US')} files`,
      );
      if (img.sizeRange) out.push(indent(`${img.sizeRange.because}.`, '  unknown: '));
      out.push(
        `  shell: ${img.hasShell === null ? "can't tell" : img.hasShell ? `yes (${img.shell ?? '/bin/sh'})` : 'none'} · package manager: ${unsure('packageManager', img.packageManager)} · user: ${img.unknownFacts.user !== undefined ? "can't tell" : `${img.user}${img.runsAsRoot ? ' (root)' : ''}`}`,
      );
      out.push(
        `  runtimes: ${unsure('runtimes', img.runtimes.map((r) => `${r.name} ${r.version}`).join(', ') || 'none')} · build tools: ${unsure('buildTools', img.buildTools.join(', ') || 'none')}`,
      );
      // Each reason once, after the facts it is the reason for.
      const reasons = [...new Set(Object.values(img.unknownFacts))];
      if (reasons.length > 0) out.push(indent(reasons.join('\n'), "  can't tell: "));
      out.push(
        `  ENTRYPOINT ${setting('entrypoint', img.entrypoint)}   CMD ${setting('cmd', img.cmd)}${result.image.config.entrypointShellForm || result.image.config.cmdShellForm ? '   (shell form)' : ''}`,
      );
      const top = result.image.largestPaths.slice(0, 5);
      if (top.length > 0)
        out.push(`  largest: ${top.map((p) => `${p.path} ${size(p.sizeBytes)}`).join(', ')}`);
    }
  } else {
    out.push('', 'Final image: none (the build stops on the errors above)');
  }
  if (run !== undefined) {
    out.push('', 'docker run');
    if (!run) out.push('  nothing to run: the build produced no image');
    else {
      const command = run.argv ? JSON.stringify(run.argv) : '(no command)';
      out.push(
        run.status === 'unknown'
          ? `  can't tell whether it starts${run.argv ? `: ${command}` : ' (what it runs is not known)'}`
          : `  ${run.status === 'failed' ? 'failed to start' : 'started'}: ${command}, exit code ${run.exitCode}${run.truncated ? ' (stopped by the model)' : ''}`,
      );
      if (run.stdout) out.push('  stdout:', indent(run.stdout, '  | '));
      if (run.stderr) out.push('  stderr:', indent(run.stderr, '  | '));
      if (!run.outputSimulated) out.push('  (the program’s output is not simulated)');
      out.push(indent(run.explanation, '  why: '));
    }
  }
  out.push('', 'Sizes are estimates from a model of the build; each layer says how confident it is and why.');
  return `${out.join('\n')}\n`;
}
