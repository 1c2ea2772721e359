/**
 * Benchmark of the whole pipeline (parse + plan + lint + simulate, and docker run for the
 * calculator): median and p95 for the Go calculator and a generated 2,000-line Dockerfile, and the
 * memory the 2,000-line case holds. Run with `npm run bench` (NODE_OPTIONS=--expose-gc gives the
 * heap figure after garbage collection).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { analyzeDockerfile } from '../lib/analyze';
import { readContextFolder } from '../lib/build/context/read-folder';
import { runImage } from '../lib/build/run/index';
import type { BuildContext } from '../lib/build/types';
import { simulateDockerfile } from '../lib/analyze';

const CALC_DIR = join(__dirname, '../content/examples/go-calculator');

/**
 * A long Dockerfile of `stages` stages: package installs, copies between stages, builds and metadata
 * (the same 10-line pattern repeated, so 200 stages for 2,000 lines is the heaviest shape: every stage
 * starts from a base image and installs packages).
 */
export function longDockerfile(lines: number, stages = Math.ceil(lines / 10)): string {
  if (stages < Math.ceil(lines / 10)) return fewStages(lines, stages);
  const out: string[] = ['# syntax=docker/dockerfile:1', 'ARG BASE=ubuntu:22.04'];
  let stage = 0;
  while (out.length < lines) {
    out.push(`FROM \${BASE} AS s${stage}`);
    out.push(
      'RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*',
    );
    out.push(`ENV APP_${stage}=value${stage} PATH=/opt/app/bin:$PATH`);
    out.push('WORKDIR /src');
    out.push('COPY calculator.go ./');
    out.push(`RUN mkdir -p /opt/app/bin && echo stage ${stage} > /opt/app/VERSION`);
    if (stage > 0) out.push(`COPY --from=s${stage - 1} /opt/app /opt/app-prev`);
    out.push(`LABEL stage="${stage}"`);
    out.push('EXPOSE 8080');
    out.push('USER root');
    stage++;
  }
  out.push('FROM scratch', `COPY --from=s${stage - 1} /opt/app/VERSION /VERSION`, 'ENTRYPOINT ["/app"]');
  return out.slice(0, lines).join('\n') + '\n';
}

/** The same length with few stages: most lines are RUN, ENV, COPY and LABEL steps inside them. */
function fewStages(lines: number, stages: number): string {
  const out: string[] = ['# syntax=docker/dockerfile:1'];
  const per = Math.floor(lines / stages);
  for (let s = 0; s < stages; s++) {
    out.push(
      `FROM ubuntu:22.04 AS s${s}`,
      'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
      'WORKDIR /src',
    );
    if (s > 0) out.push(`COPY --from=s${s - 1} /src /prev`);
    for (let i = 0; out.length < (s + 1) * per; i++) {
      const k = i % 4;
      if (k === 0) out.push(`RUN mkdir -p /opt/step${i} && touch /opt/step${i}/done`);
      else if (k === 1) out.push(`ENV STEP_${i}=${i}`);
      else if (k === 2) out.push('COPY calculator.go ./');
      else out.push(`LABEL step${i}="${i}"`);
    }
  }
  out.push('FROM scratch', `COPY --from=s${stages - 1} /src/calculator.go /calculator.go`);
  return out.slice(0, lines).join('\n') + '\n';
}

interface Timing {
  median: number;
  p95: number;
  cpuMedian: number;
  cpuP95: number;
}

/** Wall-clock and CPU time per run (CPU time is steadier on a shared machine). */
function timeIt(fn: () => void, runs: number): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < Math.min(20, runs); i++) fn();
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  const pick = (xs: number[], q: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
  return {
    median: pick(wall, 0.5),
    p95: pick(wall, 0.95),
    cpuMedian: pick(cpu, 0.5),
    cpuP95: pick(cpu, 0.95),
  };
}

/** A garbage-collection function: global.gc with --expose-gc, else enabled at run time. */
function getGc(): (() => void) | null {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    v8.setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

function main(): void {
  const context: BuildContext = readContextFolder(CALC_DIR);
  const calc = readFileSync(join(CALC_DIR, 'Dockerfile.multi-stage'), 'utf8');
  const single = readFileSync(join(CALC_DIR, 'Dockerfile.single-stage'), 'utf8');
  const long200 = longDockerfile(2000);
  const long10 = longDockerfile(2000, 10);

  const c1 = timeIt(() => simulateDockerfile(calc, { context }), 400);
  const c2 = timeIt(() => {
    const r = simulateDockerfile(calc, { context });
    if (r.image) runImage(r.image, { stdin: '2 * 100\nexit\n' });
  }, 400);
  const c3 = timeIt(() => simulateDockerfile(single, { context }), 400);
  const a200 = timeIt(() => analyzeDockerfile(long200, {}), 20);
  const l200 = timeIt(() => simulateDockerfile(long200, { context }), 20);
  const a10 = timeIt(() => analyzeDockerfile(long10, {}), 20);
  const l10 = timeIt(() => simulateDockerfile(long10, { context }), 20);

  const gc = getGc();
  const heap = () => {
    gc?.();
    gc?.();
    return process.memoryUsage().heapUsed;
  };
  const before = heap();
  const kept = simulateDockerfile(long200, { context });
  const after = heap();
  const peakBefore = heap();
  let peak = peakBefore;
  for (let i = 0; i < 3; i++) {
    simulateDockerfile(long200, { context });
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }

  const ms = (n: number) => n.toFixed(2).padStart(7);
  const row = (name: string, t: Timing, target: string) =>
    `${name.padEnd(44)} wall median ${ms(t.median)} ms  p95 ${ms(t.p95)} ms | CPU median ${ms(t.cpuMedian)} ms  p95 ${ms(t.cpuP95)} ms   ${target}`;
  console.log('Full pipeline: parse + plan + lint + simulate (the analysis alone for comparison)');
  console.log(
    `load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${os.cpus().length} CPUs`,
  );
  console.log(row('Go calculator, multi-stage', c1, 'target < 2 ms median'));
  console.log(row('Go calculator, multi-stage + docker run', c2, ''));
  console.log(row('Go calculator, single-stage', c3, ''));
  console.log(row(`2,000 lines, ${kept.graph.stages.length} stages: analysis only`, a200, ''));
  console.log(row(`2,000 lines, ${kept.graph.stages.length} stages: full pipeline`, l200, 'target < 50 ms'));
  console.log(row('2,000 lines, 11 stages: analysis only', a10, ''));
  console.log(row('2,000 lines, 11 stages: full pipeline', l10, 'target < 50 ms'));
  console.log(
    `Memory, 2,000 lines: one result holds ${((after - before) / 1e6).toFixed(1)} MB; heap peak while simulating ${((peak - peakBefore) / 1e6).toFixed(1)} MB above the idle heap (${gc ? 'after GC' : 'no GC available: upper bound'})   target < 50 MB`,
  );
}

if (process.argv[1]?.endsWith('pipeline.ts')) main();
