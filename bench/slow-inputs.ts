/**
 * A hunt for inputs that make the engine super-linear: fast-check builds Dockerfiles whose lines repeat
 * a small piece thousands of times (the shape that makes a regular expression with nested or
 * overlapping quantifiers backtrack) and Dockerfiles that repeat one instruction hundreds of times (the
 * shape that exposes a per-line rescan), runs each through the whole pipeline (parse, plan, lint,
 * simulate, docker run) and reports every input over the time limit. Apart from `npm test`:
 * `npm run bench:slow-inputs -- [runs] [seed]` (the seed is printed; the same seed finds the same
 * inputs). Exits 1 when an input is over the limit.
 */
import fc from 'fast-check';
import { runImage } from '../lib/build/run/index';
import { simulateDockerfile } from '../lib/analyze';

const LIMIT_MS = 1000;
const runs = Number(process.argv[2] ?? 400);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);

const KEYWORDS = [
  'FROM',
  'RUN',
  'COPY',
  'ADD',
  'ENV',
  'ARG',
  'LABEL',
  'CMD',
  'ENTRYPOINT',
  'WORKDIR',
  'USER',
];
const MORE = ['EXPOSE', 'HEALTHCHECK CMD', 'SHELL', 'VOLUME', 'ONBUILD RUN', 'STOPSIGNAL', 'RUN --mount='];
const PIECES = [
  ' ',
  'a',
  '\\',
  '"',
  "'",
  '$',
  '-',
  '=',
  ':',
  '/',
  '.',
  '[',
  ']',
  ',',
  '\t',
  '{',
  '}',
  '${',
  '$(',
  '--',
  '&&',
  '|',
  ';',
  'a=',
  ' -',
  '\\\n',
  '"a",',
  '*',
  '@',
  '#',
  '--from=',
  '../',
  'http://',
  'apt-get install -y ',
  'pip install ',
  'sh -c "',
  '<<EOF\n',
  '${A:-',
  '${A%%*',
  'type=cache,',
];
const LINES = [
  'RUN echo hi',
  'RUN mkdir -p /a/b && touch /a/b/f && rm -rf /a',
  'RUN apt-get update && apt-get install -y curl',
  'COPY . .',
  'COPY --from=0 /etc /etc',
  'ENV A=$A:x',
  'ARG V=1',
  'WORKDIR d',
  'FROM alpine:3.21 AS s',
  'LABEL a=b',
  'RUN <<EOF\necho\nEOF',
  '# comment',
];

const longLine = fc
  .tuple(
    fc.constantFrom(...KEYWORDS, ...MORE),
    fc.constantFrom('', 'x ', '[', '"'),
    fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 1000, max: 20_000 }),
  )
  .map(([kw, prefix, pieces, chars]) => {
    const unit = pieces.join('');
    return `FROM alpine:3.21 AS b\n${kw} ${prefix}${unit.repeat(Math.ceil(chars / unit.length))}\nFROM scratch\nCOPY --from=b / /\n`;
  });
const repeated = fc
  .tuple(
    fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 50, max: 600 }),
  )
  .map(
    ([ls, times]) =>
      `FROM alpine:3.21\n${Array.from({ length: times }, () => ls)
        .flat()
        .join('\n')}\n`,
  );

const context = { files: [{ path: 'main.go', sizeBytes: 100, content: 'package main\n' }] };
const slow: { ms: number; text: string }[] = [];
let worst = 0;
console.log(`seed ${seed}, ${runs} runs, limit ${LIMIT_MS} ms per input`);
fc.assert(
  fc.property(fc.oneof(longLine, repeated), (text) => {
    const started = performance.now();
    const result = simulateDockerfile(text, { context });
    if (result.image) runImage(result.image, {});
    const ms = performance.now() - started;
    worst = Math.max(worst, ms);
    if (ms > LIMIT_MS) slow.push({ ms, text });
  }),
  { numRuns: runs, seed },
);
console.log(`slowest ${worst.toFixed(0)} ms; ${slow.length} over the limit`);
for (const { ms, text } of slow.sort((a, b) => b.ms - a.ms).slice(0, 5)) {
  console.log(`--- ${ms.toFixed(0)} ms, ${text.length} characters:\n${text.slice(0, 300)}`);
}
process.exit(slow.length ? 1 : 0);
