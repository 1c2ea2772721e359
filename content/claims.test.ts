/**
 * Keeps the lessons' prose and the simulator in step: every statement a lesson makes about an example
 * image is recorded in content/claims.json, cited in the lesson as {/* claim: id *\/}, and checked here
 * against a fresh simulation (and `docker run` model) of the example's Dockerfile.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatSize } from '../lib/build/format';
import { runImage } from '../lib/build/run/index';
import type { SimulationResult } from '../lib/build/types';
import { loadExample } from '../lib/course/examples';
import { simulateDockerfile } from '../lib/analyze';

const claimSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  example: z.string(),
  file: z.string(),
  target: z.string().optional(),
  says: z.string().min(10),
  ships: z.union([z.string(), z.number().int()]).optional(),
  starts: z.boolean().optional(),
  shell: z.boolean().optional(),
  packageManager: z.boolean().optional(),
  nonRoot: z.boolean().optional(),
  buildTools: z.boolean().optional(),
  size: z
    .strictObject({
      about: z.number().positive().optional(),
      tolerance: z.number().positive().max(1).optional(),
      min: z.number().nonnegative().optional(),
      max: z.number().positive().optional(),
    })
    .optional(),
  ratio: z.strictObject({ versus: z.string(), min: z.number(), max: z.number() }).optional(),
  smallerThan: z.string().optional(),
  largerThan: z.string().optional(),
  runOutput: z.strictObject({ stdin: z.string().optional(), contains: z.string() }).optional(),
  skipped: z.array(z.string()).optional(),
  built: z.array(z.string()).optional(),
});

type Claim = z.infer<typeof claimSchema>;

const CLAIMS_FILE = path.join(__dirname, 'claims.json');
const LESSONS_DIR = path.join(__dirname, 'lessons');
const claims: Claim[] = z
  .strictObject({ description: z.string(), claims: z.array(claimSchema).min(1) })
  .parse(JSON.parse(fs.readFileSync(CLAIMS_FILE, 'utf8'))).claims;

function build(example: string, file: string, target?: string): SimulationResult {
  const loaded = loadExample(example);
  const dockerfile = loaded.dockerfiles.find((d) => d.name === file);
  if (!dockerfile) throw new Error(`${example} has no ${file}`);
  return simulateDockerfile(dockerfile.text, { context: loaded.context, target: target ?? null });
}

function sizeOf(example: string, file: string): number {
  const image = build(example, file).image;
  if (!image) throw new Error(`${example}/${file} does not build`);
  return image.sizeBytes;
}

function lessonCitations(): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  for (const folder of fs.readdirSync(LESSONS_DIR)) {
    const file = path.join(LESSONS_DIR, folder, 'index.mdx');
    if (!fs.existsSync(file)) continue;
    for (const match of fs
      .readFileSync(file, 'utf8')
      .matchAll(/\{\/\*\s*claims?:\s*([a-z0-9 ,-]+?)\s*\*\/\}/g)) {
      for (const id of match[1].split(/[ ,]+/).filter(Boolean))
        cited.set(id, [...(cited.get(id) ?? []), folder]);
    }
  }
  return cited;
}

describe('claims.json and the lessons', () => {
  const cited = lessonCitations();
  it('has unique claim ids', () => {
    const ids = claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('is cited by the lessons, and the lessons cite only claims that exist', () => {
    const ids = new Set(claims.map((c) => c.id));
    expect([...cited.keys()].filter((id) => !ids.has(id))).toEqual([]);
    expect(claims.map((c) => c.id).filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe.each(claims.map((c) => [c.id, c] as const))('claim %s', (_id, claim) => {
  const result = build(claim.example, claim.file, claim.target);
  const image = result.image;

  it('builds without errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
    expect(image).not.toBeNull();
  });

  if (claim.ships !== undefined) {
    it(`ships stage ${claim.ships}`, () => {
      const target = result.graph.target === null ? null : result.graph.stages[result.graph.target];
      expect(typeof claim.ships === 'number' ? target?.index : target?.name).toBe(claim.ships);
    });
  }

  if (claim.size) {
    const size = claim.size;
    it('has the size the lessons say', () => {
      const bytes = image?.sizeBytes ?? -1;
      const shown = `${claim.file} is ${formatSize(bytes)}`;
      if (size.about !== undefined) {
        const tolerance = size.tolerance ?? 0.1;
        expect(Math.abs(bytes - size.about) / size.about, shown).toBeLessThanOrEqual(tolerance);
      }
      if (size.min !== undefined) expect(bytes, shown).toBeGreaterThanOrEqual(size.min);
      if (size.max !== undefined) expect(bytes, shown).toBeLessThanOrEqual(size.max);
    });
  }

  if (claim.ratio) {
    const ratio = claim.ratio;
    it(`is ${ratio.min}–${ratio.max} times the size of ${ratio.versus}`, () => {
      const value = sizeOf(claim.example, claim.file) / sizeOf(claim.example, ratio.versus);
      expect(value).toBeGreaterThanOrEqual(ratio.min);
      expect(value).toBeLessThanOrEqual(ratio.max);
    });
  }

  if (claim.smallerThan) {
    const other = claim.smallerThan;
    it(`is smaller than ${other}`, () => expect(image?.sizeBytes).toBeLessThan(sizeOf(claim.example, other)));
  }
  if (claim.largerThan) {
    const other = claim.largerThan;
    it(`is larger than ${other}`, () =>
      expect(image?.sizeBytes).toBeGreaterThan(sizeOf(claim.example, other)));
  }

  if (claim.shell !== undefined) {
    it(claim.shell ? 'has a shell' : 'has no shell', () =>
      expect(image?.facts.shell !== null).toBe(claim.shell),
    );
  }
  if (claim.packageManager !== undefined) {
    it(claim.packageManager ? 'has a package manager' : 'has no package manager', () =>
      expect(image?.facts.packageManager !== 'none').toBe(claim.packageManager),
    );
  }
  if (claim.nonRoot !== undefined) {
    it(claim.nonRoot ? 'runs as non-root' : 'runs as root', () =>
      expect(image?.facts.runsAsRoot).toBe(!claim.nonRoot),
    );
  }
  if (claim.buildTools !== undefined) {
    it(claim.buildTools ? 'ships build tools' : 'ships no build tools', () =>
      expect((image?.facts.buildTools.length ?? 0) > 0, image?.facts.buildTools.join(', ')).toBe(
        claim.buildTools,
      ),
    );
  }

  if (claim.starts !== undefined) {
    it(claim.starts ? 'starts' : 'does not start', () => {
      if (!image) throw new Error('no image');
      const run = runImage(image, { stdin: 'exit\n' });
      expect(run.status === 'started', run.stderr || run.explanation).toBe(claim.starts);
    });
  }
  if (claim.runOutput) {
    const expected = claim.runOutput;
    it(`prints "${expected.contains}"`, () => {
      if (!image) throw new Error('no image');
      const run = runImage(image, { stdin: expected.stdin });
      expect(`${run.stdout}\n${run.stderr}`).toContain(expected.contains);
    });
  }

  for (const stage of claim.skipped ?? []) {
    it(`skips ${stage}`, () => expect(result.graph.stages.find((s) => s.name === stage)?.built).toBe(false));
  }
  for (const stage of claim.built ?? []) {
    it(`builds ${stage}`, () => expect(result.graph.stages.find((s) => s.name === stage)?.built).toBe(true));
  }
});
