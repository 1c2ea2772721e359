/**
 * What a shared lab link holds, and the limits it must respect. The link's payload is untrusted input
 * (anyone can edit a URL), so every field is validated before the lab uses it.
 */
import * as v from 'valibot';
import { MAX_FRAGMENT_CHARS, MAX_SHARED_TEXT_CHARS } from './limits';

export { MAX_FRAGMENT_CHARS, MAX_SHARED_TEXT_CHARS };

/** Most characters a fragment may decompress to (guards against expansion of a crafted payload). */
export const MAX_DECOMPRESSED_CHARS = 160 * 1024;

/** Example ids and Dockerfile names: plain file-name characters only. */
const nameSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(100),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/),
);

/** The state of a lab that a link restores. */
export const sharedLabStateSchema = v.strictObject({
  /** Example whose build context the Dockerfile uses, or null for an empty context. */
  example: v.nullable(nameSchema),
  /** The example's Dockerfile the text started from, or null when started empty. */
  file: v.nullable(nameSchema),
  /** The Dockerfile text exactly as it was in the editor. */
  text: v.pipe(v.string(), v.maxLength(MAX_SHARED_TEXT_CHARS)),
  /** `--target` stage name, or null for the last stage. */
  target: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
  builder: v.picklist(['buildkit', 'legacy']),
});

/** The state of a lab that a link restores. */
export type SharedLabState = v.InferOutput<typeof sharedLabStateSchema>;

/** The envelope inside version 1 links: the state plus a checksum of its JSON. */
export const shareEnvelopeV1Schema = v.strictObject({
  /** FNV-1a checksum (8 hex digits) of `JSON.stringify(state)`: catches hand-edited payloads. */
  c: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
  s: v.unknown(),
});
