/**
 * The long fuzz run, apart from `npm test`: generated Dockerfiles through the whole pipeline (parse, plan,
 * lint, simulate, docker run), each timed. It fails when anything throws, when a size is negative or not
 * finite, or when one input takes more than the time limit of engine time, and prints the seed so any
 * failure can be replayed.
 *
 * Usage: npm run fuzz -- [--runs 100000] [--seed N] [--limit-ms 1000]
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { readContextFolder } from '../lib/build/context/read-folder';
import { runImage } from '../lib/build/run/index';
import type { BuildContext, SimulationResult } from '../lib/build/types';
import { fragment } from '../lib/testing/dockerfile-arbitraries';
import { join } from 'node:path';
import { simulateDockerfile } from '../lib/analyze';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Number(option('runs', '100000'));
const SEED = Number(option('seed', String(Date.now() % 2 ** 31)));
const LIMIT_MS = Number(option('limit-ms', '1000'));

const context: BuildContext = {
  files: [
    ...readContextFolder(join(__dirname, '../content/examples/go-calculator')).files,
    { path: 'requirements.txt', sizeBytes: 13, content: 'flask==3.1.3\n' },
    { path: 'package.json', sizeBytes: 33, content: '{"dependencies":{"express":"^5"}}' },
  ],
};

/** Why a result is wrong, or null when it is sound. */
function unsound(result: SimulationResult): string | null {
  for (const image of [result.image, ...result.stages]) {
    if (!image) continue;
    for (const size of [image.sizeBytes, ...image.layers.map((l) => l.sizeBytes)])
      if (!Number.isFinite(size) || size < 0) return `size ${size}`;
  }
  return null;
}

let slowest = { ms: 0, text: '' };
let done = 0;
const started = performance.now();
console.log(`Long fuzz run: ${RUNS} Dockerfiles, seed ${SEED}, limit ${LIMIT_MS} ms of engine time each.`);
try {
  fc.assert(
    fc.property(
      fc.array(fragment, { maxLength: 40 }),
      fc.constantFrom<'buildkit' | 'legacy'>('buildkit', 'legacy'),
      (lines, builder) => {
        const text = lines.join('\n');
        const t0 = performance.now();
        const result = simulateDockerfile(text, { context, builder, buildArgs: { BASE: 'alpine:3.21' } });
        if (result.image) runImage(result.image, { stdin: '2 * 100\n' });
        const ms = performance.now() - t0;
        if (ms > slowest.ms) slowest = { ms, text };
        done++;
        if (done % 10_000 === 0)
          console.log(
            `  ${done} done, ${((performance.now() - started) / 1000).toFixed(0)} s, slowest ${slowest.ms.toFixed(1)} ms`,
          );
        const problem = unsound(result);
        if (problem) throw new Error(problem);
        if (ms > LIMIT_MS) throw new Error(`took ${ms.toFixed(0)} ms (limit ${LIMIT_MS} ms)`);
      },
    ),
    { numRuns: RUNS, seed: SEED },
  );
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  console.error(`Replay with: npm run fuzz -- --seed ${SEED} --runs ${RUNS}`);
  process.exit(1);
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `${done} Dockerfiles in ${seconds.toFixed(0)} s (seed ${SEED}): none threw, every size sound, slowest ${slowest.ms.toFixed(1)} ms (limit ${LIMIT_MS} ms).`,
);
