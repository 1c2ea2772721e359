/**
 * What a shared lab link holds, and the limits it must respect. The link's payload is untrusted input
 * (anyone can edit a URL), so every field is validated before the lab uses it.
 */
import * as z from 'zod/mini';
import { MAX_FRAGMENT_CHARS, MAX_SHARED_TEXT_CHARS } from './limits';

export { MAX_FRAGMENT_CHARS, MAX_SHARED_TEXT_CHARS };

/** Most characters a fragment may decompress to (guards against expansion of a crafted payload). */
export const MAX_DECOMPRESSED_CHARS = 160 * 1024;

/** Example ids and Dockerfile names: plain file-name characters only. */
const nameSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(100), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/));

/** The state of a lab that a link restores. */
export const sharedLabStateSchema = z.strictObject({
  /** Example whose build context the Dockerfile uses, or null for an empty context. */
  example: z.nullable(nameSchema),
  /** The example's Dockerfile the text started from, or null when started empty. */
  file: z.nullable(nameSchema),
  /** The Dockerfile text exactly as it was in the editor. */
  text: z.string().check(z.maxLength(MAX_SHARED_TEXT_CHARS)),
  /** `--target` stage name, or null for the last stage. */
  target: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
  builder: z.enum(['buildkit', 'legacy']),
});

/** The state of a lab that a link restores. */
export type SharedLabState = z.infer<typeof sharedLabStateSchema>;

/** The envelope inside version 1 links: the state plus a checksum of its JSON. */
export const shareEnvelopeV1Schema = z.strictObject({
  /** FNV-1a checksum (8 hex digits) of `JSON.stringify(state)`: catches hand-edited payloads. */
  c: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
  s: z.unknown(),
});
