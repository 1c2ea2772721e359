/**
 * The engine keeps caches keyed on immutable inputs (parsed shell scripts by text, base images'
 * trees and their folder index by catalog entry). They must not carry state from one analysis into
 * the next: a Dockerfile gives the same result alone, after other Dockerfiles, and twice in a row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BuildContext } from './build/types';
import { readContextFolder } from './build/context/read-folder';

const EXAMPLES = join(__dirname, '../content/examples');
const CORPUS = join(__dirname, '../tests/corpus/real-world');

interface Case {
  name: string;
  text: string;
  context: BuildContext;
}

function casesIn(root: string): Case[] {
  const out: Case[] = [];
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const abs = join(root, dir.name);
    const context = readContextFolder(abs);
    for (const f of readdirSync(abs))
      if (/dockerfile/i.test(f))
        out.push({ name: `${dir.name}/${f}`, text: readFileSync(join(abs, f), 'utf8'), context });
  }
  return out;
}

const CASES = [...casesIn(EXAMPLES), ...casesIn(CORPUS)];

/** Everything a learner can see of a result, as data (Maps and Sets as lists). */
function plain(x: unknown): unknown {
  return JSON.parse(
    JSON.stringify(x, (_k, v: unknown) =>
      v instanceof Map ? { map: [...v] } : v instanceof Set ? { set: [...v] } : v,
    ),
  );
}

/** A fresh copy of the engine (its module-level caches empty). */
async function freshEngine(): Promise<typeof import('./analyze')> {
  vi.resetModules();
  return import('./analyze');
}

async function runAll(cases: readonly Case[]): Promise<Map<string, unknown>> {
  const engine = await freshEngine();
  const out = new Map<string, unknown>();
  for (const c of cases) {
    const result = engine.simulateDockerfile(c.text, { context: c.context });
    out.set(c.name, plain({ result, analysis: engine.analyzeDockerfile(c.text) }));
  }
  return out;
}

describe('caches do not leak between analyses', () => {
  it('has real Dockerfiles to try', () => {
    expect(CASES.length).toBeGreaterThan(30);
  });

  it('each Dockerfile gives the same result after the others, in either order', async () => {
    const forward = await runAll(CASES);
    const backward = await runAll([...CASES].reverse());
    for (const c of CASES) expect(backward.get(c.name), c.name).toEqual(forward.get(c.name));
  }, 120_000);

  it('a Dockerfile alone, after a different one, and twice in a row gives the same result', async () => {
    const [a, b] = [
      CASES.find((c) => c.name === 'go-calculator/Dockerfile.multi-stage'),
      CASES.find((c) => c.name === 'go-calculator/Dockerfile.single-stage'),
    ];
    expect(a && b).toBeTruthy();
    if (!a || !b) return;
    const alone = (await runAll([a])).get(a.name);
    const after = (await runAll([b, a])).get(a.name);
    const engine = await freshEngine();
    const first = plain(engine.simulateDockerfile(a.text, { context: a.context }));
    const second = plain(engine.simulateDockerfile(a.text, { context: a.context }));
    expect(after).toEqual(alone);
    expect(second).toEqual(first);
    // And the two Dockerfiles do differ, so the comparison above can fail.
    expect((await runAll([b])).get(b.name)).not.toEqual(alone);
  }, 60_000);
});
