/**
 * Entry-by-entry reading of untrusted data: keep every entry that validates, count the ones that do not.
 * Used to rescue what is safe from a document that is partly damaged.
 */
import * as v from 'valibot';

/** What salvaging kept and how many entries were dropped. */
export interface Salvaged<T> {
  value: T;
  dropped: number;
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Keeps the entries of a record that match `schema`. A missing section (undefined) is an empty record and
 * drops nothing; any other non-object drops one (the whole section).
 */
export function salvageRecord<S extends v.GenericSchema>(
  value: unknown,
  schema: S,
): Salvaged<Record<string, v.InferOutput<S>>> {
  const out: Record<string, v.InferOutput<S>> = {};
  if (value === undefined) return { value: out, dropped: 0 };
  if (!isRecord(value)) return { value: out, dropped: 1 };
  let dropped = 0;
  for (const [key, entry] of Object.entries(value)) {
    const parsed = v.safeParse(schema, entry);
    if (parsed.success && key.length > 0) out[key] = parsed.output;
    else dropped += 1;
  }
  return { value: out, dropped };
}

/** Keeps the items of an array that match `schema` (a missing section is empty; a non-array drops one). */
export function salvageArray<S extends v.GenericSchema>(
  value: unknown,
  schema: S,
): Salvaged<Array<v.InferOutput<S>>> {
  if (value === undefined) return { value: [], dropped: 0 };
  if (!Array.isArray(value)) return { value: [], dropped: 1 };
  const out: Array<v.InferOutput<S>> = [];
  let dropped = 0;
  for (const item of value) {
    const parsed = v.safeParse(schema, item);
    if (parsed.success) out.push(parsed.output);
    else dropped += 1;
  }
  return { value: out, dropped };
}

/** Reads one value with `schema`, falling back to `fallback` (and counting a drop when it was present). */
export function salvageValue<S extends v.GenericSchema>(
  value: unknown,
  schema: S,
  fallback: v.InferOutput<S>,
): Salvaged<v.InferOutput<S>> {
  if (value === undefined) return { value: fallback, dropped: 0 };
  const parsed = v.safeParse(schema, value);
  return parsed.success ? { value: parsed.output, dropped: 0 } : { value: fallback, dropped: 1 };
}
