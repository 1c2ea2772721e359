/**
 * SPDX licence identifiers for hadolint's DL3054, from the `spdx-license-ids` package (the SPDX
 * licence list as data). A licence expression (`MIT OR Apache-2.0`) is checked id by id.
 */
import ids from 'spdx-license-ids/index.json';

const KNOWN = new Set<string>(ids);

/** Whether `value` is an SPDX licence id, or an expression of them joined by AND / OR / WITH. */
export function isSpdxLicense(value: string): boolean {
  const parts = value
    .replace(/[()]/g, ' ')
    .split(/\s+(?:AND|OR|WITH)\s+|\s+/)
    .filter(Boolean);
  return (
    parts.length > 0 && parts.every((p) => KNOWN.has(p.replace(/\+$/, '')) || p.startsWith('LicenseRef-'))
  );
}
