/**
 * Lab state ↔ URL fragment. A fragment is `v1.` followed by the lz-string (URI-safe) compression of
 * `{"c": checksum, "s": state}`. Decoding never throws: anything that is not a link this site wrote —
 * damaged, truncated, edited by hand, too large, or from another version — comes back as an error
 * with a sentence the learner can read, and the caller opens the default lab instead.
 */
import * as v from 'valibot';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { fnv1a32 } from './checksum';
import {
  MAX_DECOMPRESSED_CHARS,
  MAX_FRAGMENT_CHARS,
  MAX_SHARED_TEXT_CHARS,
  shareEnvelopeV1Schema,
  sharedLabStateSchema,
  type SharedLabState,
} from './schema';

/** The version prefix this code writes. */
export const SHARE_PREFIX = 'v1.';

/** Why a link could not be opened. */
export type ShareErrorReason = 'too-large' | 'unknown-version' | 'damaged' | 'invalid';

/** The outcome of reading a fragment. `empty`: there was no shared state in it. */
export type ShareDecodeResult =
  | { kind: 'empty' }
  | { kind: 'ok'; state: SharedLabState }
  | { kind: 'error'; reason: ShareErrorReason; message: string };

/** The outcome of writing a link: the fragment (without `#`), or why it cannot be shared. */
export type ShareEncodeResult = { ok: true; fragment: string } | { ok: false; message: string };

const DEFAULT_NOTE = 'The default lab was opened instead.';

function fail(reason: ShareErrorReason, message: string): ShareDecodeResult {
  return { kind: 'error', reason, message: `${message} ${DEFAULT_NOTE}` };
}

/**
 * Writes a lab state as a URL fragment (no leading `#`). Refuses states that are invalid or whose
 * Dockerfile is longer than {@link MAX_SHARED_TEXT_CHARS}, rather than cutting the text.
 */
export function encodeSharedState(state: SharedLabState): ShareEncodeResult {
  if (state.text.length > MAX_SHARED_TEXT_CHARS) {
    return {
      ok: false,
      message: `This Dockerfile is too long to share as a link (${state.text.length.toLocaleString('en-US')} characters; the limit is ${MAX_SHARED_TEXT_CHARS.toLocaleString('en-US')}).`,
    };
  }
  const parsed = v.safeParse(sharedLabStateSchema, state);
  if (!parsed.success) return { ok: false, message: 'This lab state cannot be shared: it is not valid.' };
  const json = JSON.stringify(parsed.output);
  const envelope = `{"c":"${fnv1a32(json)}","s":${json}}`;
  if (envelope.length > MAX_DECOMPRESSED_CHARS) {
    return { ok: false, message: 'This Dockerfile is too long to share as a link.' };
  }
  const fragment = SHARE_PREFIX + compressToEncodedURIComponent(envelope);
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    return { ok: false, message: 'This Dockerfile is too long to share as a link.' };
  }
  return { ok: true, fragment };
}

function decompress(data: string): string | null {
  try {
    return decompressFromEncodedURIComponent(data);
  } catch {
    return null;
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Reads a URL fragment (with or without the leading `#`). Never throws; see {@link ShareDecodeResult}.
 */
export function decodeSharedState(fragment: string): ShareDecodeResult {
  if (typeof fragment !== 'string') return { kind: 'empty' };
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (raw.trim() === '') return { kind: 'empty' };
  if (raw.length > MAX_FRAGMENT_CHARS) {
    return fail('too-large', 'This link is too large to open safely.');
  }
  const version = /^v(\d+)\./.exec(raw);
  if (!version) return fail('damaged', 'This link is damaged: it is not a Stagecraft lab link.');
  if (version[0] !== SHARE_PREFIX) {
    return fail(
      'unknown-version',
      `This link was made by a different version of Stagecraft (${version[0].slice(0, -1)}).`,
    );
  }
  const json = decompress(raw.slice(SHARE_PREFIX.length));
  if (!json)
    return fail('damaged', 'This link is damaged or incomplete: its contents could not be unpacked.');
  if (json.length > MAX_DECOMPRESSED_CHARS) {
    return fail('too-large', 'This link holds more text than a lab accepts.');
  }
  const parsedJson = parseJson(json);
  if (!parsedJson.ok)
    return fail('damaged', 'This link is damaged or incomplete: its contents could not be read.');
  const envelope = v.safeParse(shareEnvelopeV1Schema, parsedJson.value);
  if (!envelope.success) return fail('invalid', 'This link does not hold a lab.');
  if (fnv1a32(JSON.stringify(envelope.output.s)) !== envelope.output.c) {
    return fail('damaged', 'This link was changed after it was made (its checksum does not match).');
  }
  const state = v.safeParse(sharedLabStateSchema, envelope.output.s);
  if (!state.success) {
    const tooLong =
      typeof (envelope.output.s as { text?: unknown } | null)?.text === 'string' &&
      (envelope.output.s as { text: string }).text.length > MAX_SHARED_TEXT_CHARS;
    return tooLong
      ? fail('too-large', 'This link holds more text than a lab accepts.')
      : fail('invalid', 'This link holds a lab state that is not valid.');
  }
  return { kind: 'ok', state: state.output };
}
