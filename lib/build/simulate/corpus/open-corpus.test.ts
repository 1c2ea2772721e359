/**
 * The engine against the real-world Dockerfiles kept in tests/corpus/real-world (see SOURCES.json
 * there): each is built from the small context cases.json gives it and compared with what Docker does
 * (build outcome and error, final user, files that matter, `docker run` verdict, published size).
 * "Can't tell" never contradicts Docker; a false error, a false absence or a false verdict does.
 * A disagreement fails the test unless the case is a known gap below, with its reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CorpusData, judge, ROOT } from './open-corpus';

/** Cases the engine is known to get wrong, each with the reason (keep short and honest). */
const KNOWN_GAPS: Record<string, string> = {};

describe('real-world corpus (tests/corpus/real-world)', () => {
  const data = JSON.parse(fs.readFileSync(path.join(ROOT, 'cases.json'), 'utf8')) as CorpusData;
  const sources = JSON.parse(fs.readFileSync(path.join(ROOT, 'SOURCES.json'), 'utf8')) as {
    files: Array<{ file: string; repository: string; commit: string; licence: string; url: string }>;
  };

  it('keeps every Dockerfile with its source and a permissive licence, and every case sourced', () => {
    const listed = new Set(sources.files.map((s) => s.file));
    for (const c of data.cases) {
      expect(listed.has(c.file), c.file).toBe(true);
      expect(data.contexts[c.context], `${c.file}: context ${c.context}`).toBeDefined();
      for (const k of ['builds', 'user', 'run'] as const)
        expect(c.sources[k], `${c.file}: source of ${k}`).toBeTruthy();
      if (c.expect.sizeBytes !== undefined)
        expect(c.sources.sizeBytes, `${c.file}: size source`).toBeTruthy();
    }
    for (const s of sources.files) {
      expect(fs.existsSync(path.join(ROOT, s.file)), s.file).toBe(true);
      expect(s.licence).toMatch(/^(MIT|Apache-2\.0|BSD-[23]-Clause)( OR (MIT|Apache-2\.0))?$/);
      expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
    }
    expect(new Set(data.cases.map((c) => c.file)).size).toBeGreaterThanOrEqual(50);
  });

  it('agrees with what Docker does, except the known gaps', () => {
    const rows: string[] = [];
    const gaps: string[] = [];
    let agree = 0;
    const definite = { user: 0, run: 0, files: 0, filesAsked: 0 };
    const runUnknown = new Map<string, number>();
    for (const c of data.cases) {
      const id = c.id ?? c.file;
      const v = judge(c, data);
      const wrong = v.wrong;
      definite.user += v.definite.user ? 1 : 0;
      definite.run += v.definite.run ? 1 : 0;
      definite.files += v.definite.files;
      definite.filesAsked += v.definite.filesAsked;
      if (v.runUnknown) {
        const why = v.runUnknown.replace(/[\w.-]+(\/[\w.-]+)*:[\w.-]+/g, 'IMAGE');
        runUnknown.set(why, (runUnknown.get(why) ?? 0) + 1);
      }
      if (wrong.length === 0) agree++;
      else if (KNOWN_GAPS[id]) gaps.push(`${id} (known gap: ${KNOWN_GAPS[id]}): ${wrong.join('; ')}`);
      else rows.push(`${id}: ${wrong.join('; ')}`);
    }
    console.log(
      [
        `real-world corpus (tests/corpus/real-world): ${agree}/${data.cases.length} agree`,
        `definite and right: user ${definite.user}, docker run ${definite.run}, files ${definite.files}/${definite.filesAsked}`,
        `docker run "can't tell", why: ${[...runUnknown].map(([w, n]) => `${n}× ${w}`).join('; ')}`,
        ...rows,
        ...gaps,
      ].join('\n'),
    );
    expect(rows).toEqual([]);
    // A known gap the engine now gets right must leave the list.
    const fixed = Object.keys(KNOWN_GAPS).filter((id) => !gaps.some((g) => g.startsWith(`${id} `)));
    expect(fixed).toEqual([]);
  });
});
