import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import {
  decodeSharedState,
  encodeSharedState,
  MAX_SHARED_TEXT_CHARS,
  SHARE_PREFIX,
  type SharedLabState,
} from './index';
import { fnv1a32 } from './checksum';

const calculator: SharedLabState = {
  example: 'go-calculator',
  file: 'Dockerfile.multi-stage',
  text: 'FROM ubuntu:22.04 AS build\nRUN apt-get update && apt-get install -y golang-go\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n',
  target: 'build',
  builder: 'legacy',
};

function encode(state: SharedLabState): string {
  const out = encodeSharedState(state);
  if (!out.ok) throw new Error(out.message);
  return out.fragment;
}

describe('share links', () => {
  it('round-trips a lab state exactly, with or without the #', () => {
    const fragment = encode(calculator);
    expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
    expect(decodeSharedState(fragment)).toEqual({ kind: 'ok', state: calculator });
    expect(decodeSharedState('#' + fragment)).toEqual({ kind: 'ok', state: calculator });
  });

  it('round-trips an empty playground and unusual text (tabs, CRLF, emoji, quotes)', () => {
    const state: SharedLabState = {
      example: null,
      file: null,
      text: 'FROM x\r\n\tRUN echo "😀 \\ ${A}"\u0000',
      target: null,
      builder: 'buildkit',
    };
    expect(decodeSharedState(encode(state))).toEqual({ kind: 'ok', state });
  });

  it('treats an empty fragment as no shared state', () => {
    expect(decodeSharedState('')).toEqual({ kind: 'empty' });
    expect(decodeSharedState('#')).toEqual({ kind: 'empty' });
  });

  it('reports a tampered payload (one character changed) as damaged', () => {
    const fragment = encode(calculator);
    const i = SHARE_PREFIX.length + Math.floor((fragment.length - SHARE_PREFIX.length) / 2);
    const swapped = fragment[i] === 'A' ? 'B' : 'A';
    const tampered = fragment.slice(0, i) + swapped + fragment.slice(i + 1);
    const result = decodeSharedState(tampered);
    expect(result.kind).toBe('error');
    if (result.kind === 'error') {
      expect(['damaged', 'invalid']).toContain(result.reason);
      expect(result.message).toMatch(/default lab was opened/);
    }
  });

  it('detects a hand-edited state whose checksum no longer matches', () => {
    const forged = JSON.stringify({ c: fnv1a32('something else'), s: { ...calculator, text: 'FROM evil' } });
    const result = decodeSharedState(SHARE_PREFIX + compressToEncodedURIComponent(forged));
    expect(result).toMatchObject({ kind: 'error', reason: 'damaged' });
  });

  it('rejects a well-formed envelope whose state has the wrong shape', () => {
    const s = { ...calculator, builder: 'podman' };
    const forged = JSON.stringify({ c: fnv1a32(JSON.stringify(s)), s });
    expect(decodeSharedState(SHARE_PREFIX + compressToEncodedURIComponent(forged))).toMatchObject({
      kind: 'error',
      reason: 'invalid',
    });
    const extra = { ...calculator, script: 'alert(1)' };
    const forged2 = JSON.stringify({ c: fnv1a32(JSON.stringify(extra)), s: extra });
    expect(decodeSharedState(SHARE_PREFIX + compressToEncodedURIComponent(forged2))).toMatchObject({
      kind: 'error',
      reason: 'invalid',
    });
  });

  it('rejects every truncation of a link', () => {
    const fragment = encode(calculator);
    for (let n = SHARE_PREFIX.length; n < fragment.length; n += 3) {
      const result = decodeSharedState(fragment.slice(0, n));
      expect(result.kind, `cut at ${n}`).toBe('error');
    }
  });

  it('names an unknown version and a link of another kind', () => {
    const fragment = encode(calculator);
    expect(decodeSharedState('v2.' + fragment.slice(3))).toMatchObject({
      kind: 'error',
      reason: 'unknown-version',
    });
    expect(decodeSharedState('install-docker')).toMatchObject({ kind: 'error', reason: 'damaged' });
  });

  it('refuses oversize text when writing and oversize links when reading', () => {
    const big = { ...calculator, text: 'RUN echo hi\n'.repeat(Math.ceil(MAX_SHARED_TEXT_CHARS / 12) + 1) };
    const out = encodeSharedState(big);
    expect(out.ok).toBe(false);
    expect(decodeSharedState(SHARE_PREFIX + 'A'.repeat(200_000))).toMatchObject({
      kind: 'error',
      reason: 'too-large',
    });
    // A payload that is small when compressed but holds text beyond the limit.
    const s = { ...calculator, text: 'a'.repeat(MAX_SHARED_TEXT_CHARS + 1) };
    const forged = JSON.stringify({ c: fnv1a32(JSON.stringify(s)), s });
    expect(decodeSharedState(SHARE_PREFIX + compressToEncodedURIComponent(forged))).toMatchObject({
      kind: 'error',
      reason: 'too-large',
    });
  });

  it('accepts text right at the limit', () => {
    const s = { ...calculator, text: 'FROM scratch\n'.padEnd(MAX_SHARED_TEXT_CHARS, 'x') };
    expect(decodeSharedState(encode(s))).toEqual({ kind: 'ok', state: s });
  });

  it('never throws on random input, and only returns valid states', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => SHARE_PREFIX + s),
          fc.base64String().map((s) => SHARE_PREFIX + s),
        ),
        (input) => {
          const result = decodeSharedState(input);
          expect(['empty', 'ok', 'error']).toContain(result.kind);
          if (result.kind === 'ok') expect(typeof result.state.text).toBe('string');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('round-trips arbitrary valid states', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/);
    fc.assert(
      fc.property(
        fc.record({
          example: fc.option(name, { nil: null }),
          file: fc.option(name, { nil: null }),
          text: fc.string({ maxLength: 500, unit: 'grapheme' }),
          target: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: null }),
          builder: fc.constantFrom('buildkit' as const, 'legacy' as const),
        }),
        (state) => {
          expect(decodeSharedState(encode(state))).toEqual({ kind: 'ok', state });
        },
      ),
      { numRuns: 300 },
    );
  });
});
