import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDockerfile, type Analysis } from './analyze';
import { CORPUS_ABSENT, CORPUS_PRESENT, listDockerfiles } from './dockerfile/testing/corpus';

/** Checks the invariants every analysis must hold, whatever the input. */
function wellFormed(text: string, a: Analysis): void {
  const maxLine = Math.max(1, a.dockerfile.lineCount);
  for (const d of a.diagnostics) {
    if (d.ruleId === 'internal/error')
      throw new Error(`internal error on ${JSON.stringify(text.slice(0, 200))}: ${d.message}`);
    if (!(d.range.start.line >= 1 && d.range.end.line <= maxLine && d.range.start.column >= 1)) {
      throw new Error(`bad range ${JSON.stringify(d.range)} (${maxLine} lines) for ${d.ruleId}`);
    }
    if (!['error', 'warning', 'info'].includes(d.severity) || d.message.length === 0)
      throw new Error(`bad diagnostic ${d.ruleId}`);
  }
  const g = a.graph;
  if (g.target !== null && (g.target < 0 || g.target >= g.stages.length))
    throw new Error('target out of range');
  for (const i of g.buildOrder) if (!g.stages[i]?.built) throw new Error('buildOrder lists an unbuilt stage');
  if (new Set(g.buildOrder).size !== g.buildOrder.length) throw new Error('buildOrder repeats a stage');
}

/** analyze turns any throw into an `internal/error` diagnostic, which `wellFormed` rejects. */
function check(text: string, target: string | null = null): void {
  wellFormed(text, analyzeDockerfile(text, { target }));
}

const word = fc.stringMatching(/^[a-zA-Z0-9_.:/$@{}-]{0,12}$/);
const keyword = fc.constantFrom(
  'FROM',
  'RUN',
  'COPY',
  'ADD',
  'CMD',
  'ENTRYPOINT',
  'ENV',
  'LABEL',
  'ARG',
  'WORKDIR',
  'USER',
  'EXPOSE',
  'VOLUME',
  'HEALTHCHECK',
  'SHELL',
  'STOPSIGNAL',
  'MAINTAINER',
  'ONBUILD',
  'from',
  'Run',
  'NOPE',
  '#',
  '',
  '# escape=`',
);
const piece = fc.oneof(
  word,
  fc.constantFrom(
    'AS',
    'as',
    'scratch',
    '--from=',
    '--mount=type=cache,target=/x',
    '--mount=from=',
    '--platform=$BUILDPLATFORM',
    '<<EOF',
    '<<-"EOT"',
    'EOF',
    '\\',
    '`',
    '"',
    "'",
    '[',
    ']',
    '["a", "b"]',
    '[1, [2]]',
    '&&',
    '|',
    '${A:-x}',
    '${',
    '=',
    'NONE',
    'CMD',
    '\t',
  ),
  fc.string({ maxLength: 6 }),
);
const line = fc
  .tuple(keyword, fc.array(piece, { maxLength: 6 }), fc.constantFrom('', '', ' \\', '\\', '\r'))
  .map(([k, parts, end]) => `${k} ${parts.join(' ')}${end}`);
const soup = fc.array(line, { maxLength: 25 }).map((ls) => ls.join('\n'));

const corpus = listDockerfiles().map((f) => readFileSync(f, 'utf8'));
const mutation = fc
  .tuple(
    fc.nat(Math.max(0, corpus.length - 1)),
    fc.array(
      fc.tuple(fc.constantFrom('delete', 'duplicate', 'flip', 'truncate', 'insert'), fc.nat(), fc.nat(255)),
      { minLength: 1, maxLength: 5 },
    ),
  )
  .map(([fileIndex, ops]) => {
    let lines = corpus[fileIndex].split('\n');
    for (const [op, at, byte] of ops) {
      const i = lines.length === 0 ? 0 : at % lines.length;
      if (op === 'delete') lines.splice(i, 1);
      else if (op === 'duplicate' && lines.length > 0) lines.splice(i, 0, lines[i]);
      else if (op === 'truncate') lines = lines.slice(0, i);
      else if (op === 'insert') lines.splice(i, 0, String.fromCharCode(byte).repeat(1 + (at % 3)));
      else if (op === 'flip' && lines.length > 0) {
        const s = lines[i];
        const p = s.length === 0 ? 0 : at % s.length;
        lines[i] = s.slice(0, p) + String.fromCharCode(byte) + s.slice(p + 1);
      }
    }
    return lines.join('\n');
  });

describe('the engine never throws', () => {
  it('on 6,000 random instruction soups', () => {
    fc.assert(
      fc.property(soup, fc.option(word, { nil: null }), (text, target) => check(text, target)),
      { numRuns: 6000 },
    );
  });

  it('on 4,000 mutations of corpus Dockerfiles', ({ skip }) => {
    skip(!CORPUS_PRESENT, CORPUS_ABSENT);
    fc.assert(
      fc.property(mutation, (text) => check(text)),
      { numRuns: 4000 },
    );
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => check(text)),
      { numRuns: 500 },
    );
  });

  it('on every corpus file, whole', ({ skip }) => {
    skip(!CORPUS_PRESENT, CORPUS_ABSENT);
    expect(corpus.length).toBeGreaterThan(50);
    for (const text of corpus) expect(() => check(text)).not.toThrow();
  });
});
