/**
 * `node script.js`: the script must be in the image, and every package it requires must be where
 * Node's resolution looks (node_modules folders from the script's folder up to /, then NODE_PATH).
 * Packages installed globally (`npm install -g`) are not on that path. The errors are Node's own
 * messages, with the stack trace left out.
 */
import type { SimulatedImage } from '../types';
import { normalizePath } from '../fs/paths';
import { probeImage } from './lookup';
import type { InterpreterCheck } from './interpreters';

/** Node's built-in modules (`require('fs')` needs no node_modules); `node:` names are built in too. */
const NODE_BUILTINS = new Set(
  (
    'assert async_hooks buffer child_process cluster console constants crypto dgram diagnostics_channel dns ' +
    'domain events fs http http2 https inspector module net os path perf_hooks process punycode querystring ' +
    'readline repl stream string_decoder sys timers tls trace_events tty url util v8 vm wasi worker_threads zlib'
  ).split(' '),
);

/** Options of node that take the next word as their value. */
const WITH_VALUE = new Set([
  '-r',
  '--require',
  '--import',
  '--loader',
  '--experimental-loader',
  '--env-file',
]);

/** The package names and relative paths a JavaScript source loads, with the line of each. */
export function nodeImports(source: string): Array<{ spec: string; line: number; esm: boolean }> {
  const out: Array<{ spec: string; line: number; esm: boolean }> = [];
  source.split('\n').forEach((text, i) => {
    if (/^\s*(\/\/|\*)/.test(text)) return;
    for (const m of text.matchAll(/\brequire\(\s*(['"])([^'"]+)\1\s*\)/g))
      out.push({ spec: m[2], line: i + 1, esm: false });
    const esm = /^\s*import\s+(?:[\w*{}\s,$]+\s+from\s+)?(['"])([^'"]+)\1/.exec(text);
    if (esm) out.push({ spec: esm[2], line: i + 1, esm: true });
  });
  return out;
}

/** `express` → express, `@scope/pkg/sub` → @scope/pkg; null for built-in modules and paths. */
function packageName(spec: string): string | null {
  if (spec.startsWith('node:') || spec.startsWith('.') || spec.startsWith('/')) return null;
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return NODE_BUILTINS.has(name) ? null : name;
}

/** The folders Node searches for a package required from a file in `dir`. */
function searchFolders(image: SimulatedImage, dir: string): string[] {
  const dirs: string[] = [];
  for (let d = dir; ; d = d.slice(0, d.lastIndexOf('/')) || '/') {
    if (!d.endsWith('/node_modules')) dirs.push(`${d === '/' ? '' : d}/node_modules`);
    if (d === '/') break;
  }
  for (const p of (image.config.env.NODE_PATH ?? '').split(':'))
    if (p) dirs.push(normalizePath(p, image.config.workdir || '/'));
  return dirs;
}

type Found = { presence: 'present' | 'absent'; path: string } | { presence: 'unknown'; because: string };

/** The first of `candidates` that is in the image; unknown when one before it cannot be told. */
function firstPresent(image: SimulatedImage, candidates: string[]): Found {
  for (const c of candidates) {
    const probe = probeImage(image, c);
    if (probe.presence === 'present') return { presence: 'present', path: c };
    if (probe.presence === 'unknown') return { presence: 'unknown', because: probe.because };
  }
  return { presence: 'absent', path: candidates[0] };
}

const fileCandidates = (p: string) => [p, `${p}.js`, `${p}.json`, `${p}.node`, `${p}/index.js`];

function notFound(what: string, from: string | null, version: string, esm: boolean): string {
  if (esm && from)
    return `Error [ERR_MODULE_NOT_FOUND]: Cannot find package '${what}' imported from ${from}\n\nNode.js v${version}\n`;
  const stack = from ? `Require stack:\n- ${from}\n` : '';
  return `Error: Cannot find module '${what}'\n${stack}    at … (stack trace shortened) {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: [${from ? ` '${from}' ` : ''}]\n}\n\nNode.js v${version}\n`;
}

/** Check `node [options] script [args]`; null when node runs no script (-e, -p, a REPL). */
export function checkNode(image: SimulatedImage, argv: string[]): InterpreterCheck {
  let script: string | null = null;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print' || a === '-') return null;
    if (WITH_VALUE.has(a)) i++;
    else if (!a.startsWith('-')) {
      script = a;
      break;
    }
  }
  if (script === null) return null;
  const version = image.facts.runtimes.find((r) => r.name === 'node')?.version ?? 'unknown';
  const asked = normalizePath(script, image.config.workdir || '/');
  const main = firstPresent(image, fileCandidates(asked));
  if (main.presence === 'unknown') return { ok: 'unknown', because: main.because };
  if (main.presence === 'absent')
    return {
      ok: false,
      stderr: notFound(asked, null, version, false),
      exitCode: 1,
      explanation: `Node started, but there is no ${asked} (nor ${asked}.js) to run: ${
        script === 'node' || script.endsWith('/node')
          ? 'the image’s ENTRYPOINT is already node, so CMD must name only the script, not node again.'
          : 'was it copied into the final stage, and is the WORKDIR right?'
      }`,
    };
  const source = image.textFiles?.[main.path];
  if (source === undefined) return { ok: true, mainPath: main.path, program: null };
  const dir = main.path.slice(0, main.path.lastIndexOf('/')) || '/';
  for (const imp of nodeImports(source)) {
    const name = packageName(imp.spec);
    const found =
      name === null
        ? imp.spec.startsWith('.')
          ? firstPresent(image, fileCandidates(normalizePath(imp.spec, dir)))
          : null
        : firstPresent(
            image,
            searchFolders(image, dir).map((d) => `${d}/${name}`),
          );
    if (!found || found.presence === 'present') continue;
    if (found.presence === 'unknown')
      return { ok: 'unknown', because: `whether ${imp.spec} can be loaded: ${found.because}` };
    return {
      ok: false,
      stderr: notFound(name ?? imp.spec, main.path, version, imp.esm),
      exitCode: 1,
      explanation: `Node cannot load ${imp.spec} (line ${imp.line} of ${main.path}): ${
        name
          ? `there is no node_modules/${name} in ${dir} or a folder above it. Copy node_modules from the build stage next to the script (packages installed with npm install -g are not found by require).`
          : 'the file is not in the image.'
      }`,
    };
  }
  const program = /express\(\)/.test(source) && /greeting service/i.test(source) ? 'node-service' : null;
  return { ok: true, mainPath: main.path, program };
}
