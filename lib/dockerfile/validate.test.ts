import { describe, expect, it } from 'vitest';
import { editDistance, nearestName } from './nearest';
import { KEYWORDS } from './validate';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('run', 'run')).toBe(0);
    expect(editDistance('runn', 'run')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('PAHT', 'PATH')).toBe(2);
  });

  it('with a bound, is exact up to it and bound + 1 beyond it', () => {
    // A small deterministic generator, so a failure can be replayed.
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    const word = () => Array.from({ length: next() % 9 }, () => 'abc'[next() % 3]).join('');
    for (let n = 0; n < 2000; n++) {
      const a = word();
      const b = word();
      const exact = editDistance(a, b);
      for (const max of [0, 1, 2, 3, 5]) {
        expect(editDistance(a, b, max), `${a} ~ ${b} (max ${max})`).toBe(exact <= max ? exact : max + 1);
      }
    }
  });

  it('stays cheap on long strings when bounded', () => {
    const a = 'A'.repeat(50_000);
    const b = `${'A'.repeat(49_999)}B`;
    const t0 = performance.now();
    expect(editDistance(a, b, 2)).toBe(1);
    expect(editDistance(a, 'B'.repeat(50_000), 2)).toBe(3);
    // Unbounded this is 2.5 billion steps; bounded, a few hundred thousand.
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe('nearestName', () => {
  it('suggests the nearest instruction for a small misspelling only, as BuildKit does', () => {
    expect(nearestName('RUNN', KEYWORDS)).toBe('run');
    expect(nearestName('WORKDRI', KEYWORDS)).toBe('workdir');
    // Two edits are still offered (BuildKit: fewer than three).
    expect(nearestName('FORM', KEYWORDS)).toBe('from');
    expect(nearestName('BANANA', KEYWORDS)).toBeNull();
  });

  it('offers nothing for a name that is in the list, and the first of equally near names', () => {
    expect(nearestName('build', ['bulid', 'build'])).toBeNull();
    expect(nearestName('cat', ['bat', 'hat'])).toBe('bat');
  });

  it('compares case only when asked', () => {
    expect(nearestName('PAHT', ['PATH'])).toBe('PATH');
    expect(nearestName('paht', ['PATH'])).toBe('PATH');
    expect(nearestName('paht', ['PATH'], { caseSensitive: true })).toBeNull();
  });

  it('keeps short names out when the match must be distinctive', () => {
    expect(nearestName('b', ['a'])).toBe('a');
    expect(nearestName('b', ['a'], { distinctive: true })).toBeNull();
    expect(nearestName('buidl', ['build'], { distinctive: true })).toBe('build');
  });
});
