/**
 * Benchmark of the engine on big inputs: `COPY --from` of a folder of 2,000 and 20,000 files (the
 * cost must grow linearly with the files), and a chain of 400 stages each `FROM` the one before
 * (target: under 0.5 s and 100 MB). Run with `npm run bench`.
 */
import os from 'node:os';
import type { BuildContext } from '../lib/build/types';
import { simulateDockerfile } from '../lib/analyze';

/** A context of `n` small source files under src/ (with contents, as the lab sends them). */
export function bigContext(n: number): BuildContext {
  const files: BuildContext['files'] = [];
  for (let i = 0; i < n; i++)
    files.push({ path: `src/pkg${i % 100}/file${i}.js`, sizeBytes: 1000 + (i % 7), content: `// ${i}\n` });
  return { files };
}

/** Copy the whole folder into a build stage, then copy it from there into the final stage. */
export const COPY_FOLDER = [
  'FROM node:20-slim AS build',
  'WORKDIR /app',
  'COPY src ./src',
  'FROM node:20-slim',
  'COPY --from=build /app/src /srv/src',
  '',
].join('\n');

/** A chain of `n` stages, each FROM the one before, each adding one file. */
export function stageChain(n: number): string {
  const out = ['FROM alpine:3.20 AS s0', 'RUN echo 0 > /n0'];
  for (let i = 1; i < n; i++) out.push(`FROM s${i - 1} AS s${i}`, `RUN echo ${i} > /n${i}`, `ENV N${i}=${i}`);
  return `${out.join('\n')}\n`;
}

/** The best of `runs` runs: CPU time (steady on a shared machine), wall time, and the heap it grew. */
function measure(fn: () => unknown, runs = 3): { ms: number; cpu: number; mb: number } {
  let best = { ms: Infinity, cpu: Infinity, mb: 0 };
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const c = process.cpuUsage();
    const t = performance.now();
    const kept = fn();
    const ms = performance.now() - t;
    const d = process.cpuUsage(c);
    const mb = (process.memoryUsage().heapUsed - heap0) / 1e6;
    void kept;
    const cpu = (d.user + d.system) / 1000;
    if (cpu < best.cpu) best = { ms, cpu, mb };
  }
  return best;
}

function main(): void {
  console.log(`Big inputs (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs)`);
  simulateDockerfile(COPY_FOLDER, { context: bigContext(200) });
  const ctx2k = bigContext(2_000);
  const ctx20k = bigContext(20_000);
  const small = measure(() => simulateDockerfile(COPY_FOLDER, { context: ctx2k }));
  const big = measure(() => simulateDockerfile(COPY_FOLDER, { context: ctx20k }));
  console.log(
    `COPY --from of a folder: 2,000 files CPU ${small.cpu.toFixed(0)} ms (wall ${small.ms.toFixed(0)}) · 20,000 files CPU ${big.cpu.toFixed(0)} ms (wall ${big.ms.toFixed(0)}); ratio ${(big.cpu / small.cpu).toFixed(1)} (linear is 10)   target: linear`,
  );
  const chain = stageChain(400);
  simulateDockerfile(stageChain(20), { context: { files: [] } });
  const c = measure(() => simulateDockerfile(chain, { context: { files: [] } }));
  console.log(
    `400-stage chain: CPU ${c.cpu.toFixed(0)} ms (wall ${c.ms.toFixed(0)}), the result holds ${c.mb.toFixed(0)} MB of heap   target < 500 ms, < 100 MB`,
  );
}

if (process.argv[1]?.endsWith('scale.ts')) main();
