import { describe, expect, it } from 'vitest';
import { analyzeDockerfile, simulateDockerfile as simulate } from './analyze';
import { ruleIdsOf } from './lint/ids';
import { applyEdits } from './lint/fixes';
import { fixSizeChange, sizeChange } from './fix-size';

const options = { context: { files: [] } };
const fixOf = (text: string, id: string) => {
  const fix = analyzeDockerfile(text).diagnostics.find((d) => ruleIdsOf(d).includes(id))?.fixes?.[0];
  if (!fix) throw new Error(`no fix for ${id}`);
  return fix;
};

describe('the size a quick fix leads to', () => {
  it('gives the simulated sizes before and after --no-install-recommends', () => {
    const text = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl git\n';
    const fix = fixOf(text, 'DL3015');
    const change = fixSizeChange(text, fix, options);
    const before = simulate(text, options).image?.sizeBytes;
    const after = simulate(applyEdits(text, fix.edits), options).image?.sizeBytes;
    expect(change.beforeBytes).toBe(before);
    expect(change.afterBytes).toBe(after);
    expect(change.afterBytes).toBeLessThan(change.beforeBytes ?? 0);
    expect(change.text).toMatch(/^≈ [\d.]+ MB → ≈ [\d.]+ MB$/);
  });

  it('says when a fix does not change the size', () => {
    const text = 'FROM ubuntu:22.04\nMAINTAINER Jane\n';
    const change = fixSizeChange(text, fixOf(text, 'MaintainerDeprecated'), options);
    expect(change.beforeBytes).toBe(change.afterBytes);
    expect(change.text).toMatch(/^no change in size \(≈ [\d.]+ MB\)$/);
  });

  it('gives the change of the known parts when the same part is unknown on both sides', () => {
    const text = 'FROM node:16\nRUN apt-get update && apt-get install -y curl git\n';
    const change = fixSizeChange(text, fixOf(text, 'DL3015'), options);
    expect(change.beforeBytes).toBeNull();
    expect(change.text).toMatch(/^[\d.]+ [kM]B smaller; the total is unknown: node:16 is not in the catalog/);
  });

  it('says the change is unknown, and why, when it cannot be told', () => {
    const text = 'FROM golang:1.15\nRUN go version\n';
    const change = fixSizeChange(text, fixOf(text, 'plan/unknown-image'), options);
    expect(change.beforeBytes).toBeNull();
    expect(change.text).toMatch(/^size change unknown: golang:1\.15 is not in the catalog/);
    const broken = fixSizeChange(
      text,
      { edits: [{ range: fixOf(text, 'plan/unknown-image').edits[0].range, text: 'Not An Image' }] },
      options,
    );
    expect(broken).toEqual({
      beforeBytes: null,
      afterBytes: null,
      text: 'size change unknown: the build produces no image after the fix',
    });
    expect(sizeChange(null, null).text).toBe('size change unknown: the build produces no image either way');
  });
});
