/**
 * Parser directives (`# syntax=`, `# escape=`, `# check=`), read as BuildKit reads them: only
 * from the consecutive directive-shaped comment lines at the very top of the file; the first line
 * that is not one (a blank line, another comment, an instruction, an unknown directive name) ends
 * the search. A repeated directive and an invalid escape character are errors.
 */
import type { EscapeChar } from './logical-lines';
import { trimNewline } from './logical-lines';
import { isGoSpace } from './text';

const DIRECTIVE = /^#[\t\n\f\r ]*([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/;
const KNOWN = new Set(['escape', 'syntax', 'check']);

/** One directive as written. */
export interface DirectiveLine {
  name: string;
  value: string;
  /** 0-based line index. */
  line: number;
  length: number;
}

/** The directives found and any error (with its 0-based line). */
export interface DirectiveScan {
  escape: EscapeChar;
  syntax: string | null;
  check: string | null;
  found: DirectiveLine[];
  /** 0-based indexes of the lines that are directives (not comments). */
  directiveLines: Set<number>;
  errors: Array<{ message: string; line: number }>;
}

/** Reads the parser directives at the top of `lines`. */
export function scanDirectives(lines: string[]): DirectiveScan {
  const scan: DirectiveScan = {
    escape: '\\',
    syntax: null,
    check: null,
    found: [],
    directiveLines: new Set(),
    errors: [],
  };
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const raw = trimNewline(lines[i]);
    let lead = 0;
    while (lead < raw.length && isGoSpace(raw.charCodeAt(lead))) lead++;
    const m = DIRECTIVE.exec(raw.slice(lead));
    if (!m) break;
    const name = m[1].toLowerCase();
    if (!KNOWN.has(name)) break;
    scan.directiveLines.add(i);
    scan.found.push({ name, value: m[2], line: i, length: raw.length });
    if (seen.has(name)) {
      scan.errors.push({ message: `only one ${name} parser directive can be used`, line: i });
      continue;
    }
    seen.add(name);
    if (name === 'escape') {
      if (m[2] === '`' || m[2] === '\\') scan.escape = m[2];
      else scan.errors.push({ message: `invalid escape token '${m[2]}' does not match \` or \\`, line: i });
    } else if (name === 'syntax') {
      scan.syntax = m[2];
    } else {
      scan.check = m[2];
    }
  }
  return scan;
}
