/**
 * Interpreted programs: `java -jar app.jar` needs the jar; `python3 app.py` needs the script and
 * the packages it imports on Python's search path; `node server.js` (node-check.ts) likewise. Errors are the interpreters' own messages.
 */
import type { SimulatedImage } from '../types';
import { normalizePath } from '../fs/paths';
import { findCommand, probeImage } from './lookup';
import { checkNode } from './node-check';

/** What an interpreter check found. */
export type InterpreterCheck =
  | { ok: true; mainPath: string; program: string | null }
  | { ok: false; stderr: string; exitCode: number; explanation: string }
  | { ok: 'unknown'; because: string }
  | null;

const PY_STDLIB = new Set(
  (
    'os sys json re math time datetime typing collections itertools functools pathlib logging subprocess random string http urllib socket ' +
    'threading asyncio dataclasses enum abc io argparse csv sqlite3 hashlib base64 uuid traceback signal shutil tempfile glob copy pickle ' +
    'struct decimal fractions statistics textwrap unittest contextlib operator heapq bisect queue secrets hmac zlib gzip platform inspect ' +
    'warnings weakref types pprint locale gettext __future__ email html xml concurrent multiprocessing ssl select selectors array codecs'
  ).split(' '),
);

/** Top-level modules a Python source imports, with the line of each import. */
export function pythonImports(source: string): Array<{ module: string; line: number; text: string }> {
  const out: Array<{ module: string; line: number; text: string }> = [];
  source.split('\n').forEach((text, i) => {
    const m = /^(?:from\s+([A-Za-z_][\w]*)[\w.]*\s+import\b|import\s+([A-Za-z_][\w]*))/.exec(text);
    if (m) out.push({ module: m[1] ?? m[2], line: i + 1, text: text.trim() });
  });
  return out;
}

function pythonSearchPath(image: SimulatedImage, interpreterPath: string, scriptDir: string): string[] {
  const py = image.facts.runtimes.find((r) => r.name === 'python');
  const ver = /^(\d+\.\d+)/.exec(py?.version ?? '')?.[1] ?? '3';
  const dirs = [scriptDir];
  for (const p of (image.config.env.PYTHONPATH ?? '').split(':'))
    if (p) dirs.push(normalizePath(p, image.config.workdir));
  const venv = /^(.*)\/bin\/[^/]+$/.exec(interpreterPath)?.[1];
  if (venv && probeImage(image, `${venv}/pyvenv.cfg`).presence === 'present')
    dirs.push(`${venv}/lib/python${ver}/site-packages`);
  const home =
    image.config.user === 'root' || !image.config.user ? '/root' : `/home/${image.config.user.split(':')[0]}`;
  dirs.push(
    `/usr/local/lib/python${ver}/site-packages`,
    `/usr/local/lib/python${ver}/dist-packages`,
    `/usr/lib/python${ver}/site-packages`,
    '/usr/lib/python3/dist-packages',
    `${home}/.local/lib/python${ver}/site-packages`,
  );
  return dirs;
}

function checkPython(image: SimulatedImage, argv: string[], interpreterPath: string): InterpreterCheck {
  const script = argv.slice(1).find((a) => !a.startsWith('-'));
  if (!script || argv.includes('-c') || argv.includes('-m')) return null;
  const path = normalizePath(script, image.config.workdir || '/');
  const scriptProbe = probeImage(image, path);
  if (scriptProbe.presence === 'unknown') return { ok: 'unknown', because: scriptProbe.because };
  if (scriptProbe.presence === 'absent') {
    return {
      ok: false,
      stderr: `${argv[0].split('/').pop()}: can't open file '${path}': [Errno 2] No such file or directory\n`,
      exitCode: 2,
      explanation: `Python started, but ${path} is not in the image: was it copied into the final stage?`,
    };
  }
  const source = image.textFiles?.[path];
  if (source === undefined) return { ok: true, mainPath: path, program: null };
  const search = pythonSearchPath(image, interpreterPath, path.slice(0, path.lastIndexOf('/')) || '/');
  for (const imp of pythonImports(source)) {
    if (PY_STDLIB.has(imp.module)) continue;
    const probes = search.flatMap((d) => [
      probeImage(image, `${d}/${imp.module}`),
      probeImage(image, `${d}/${imp.module}.py`),
    ]);
    if (probes.some((p) => p.presence === 'present')) continue;
    const unknown = probes.find((p) => p.presence === 'unknown');
    if (unknown)
      return { ok: 'unknown', because: `whether ${imp.module} can be imported: ${unknown.because}` };
    return {
      ok: false,
      stderr: `Traceback (most recent call last):\n  File "${path}", line ${imp.line}, in <module>\n    ${imp.text}\nModuleNotFoundError: No module named '${imp.module}'\n`,
      exitCode: 1,
      explanation: `Python cannot import ${imp.module}: it is not on Python's search path in this image (${search.slice(0, 3).join(', ')}, …). Copy the installed packages from the build stage (and set PYTHONPATH if they are in a folder of their own).`,
    };
  }
  const program = /Flask\(/.test(source) && /calculator service/i.test(source) ? 'python-app' : null;
  return { ok: true, mainPath: path, program };
}

function checkJava(image: SimulatedImage, argv: string[]): InterpreterCheck {
  const j = argv.indexOf('-jar');
  if (j === -1) return null;
  const jar = argv[j + 1];
  if (!jar)
    return {
      ok: false,
      stderr: 'Error: -jar requires jar file specification\n',
      exitCode: 1,
      explanation: 'java -jar needs the jar path after it (for distroless java, put it in CMD).',
    };
  const path = normalizePath(jar, image.config.workdir || '/');
  const hit = findCommand(image, path);
  if (hit.presence === 'unknown') return { ok: 'unknown', because: hit.because };
  if (hit.presence === 'absent' || !hit.entry) {
    return {
      ok: false,
      stderr: `Error: Unable to access jarfile ${jar}\n`,
      exitCode: 1,
      explanation: `The JVM started, but ${path} is not in the image.`,
    };
  }
  return { ok: true, mainPath: path, program: hit.entry.program ?? null };
}

/**
 * The dotnet host's options that take a value before the application's path (learn.microsoft.com,
 * "dotnet command", options for running an application).
 */
const DOTNET_VALUE_OPTIONS = new Set([
  '--additionalprobingpath',
  '--additional-deps',
  '--depsfile',
  '--fx-version',
  '--roll-forward',
  '--roll-forward-on-no-candidate-fx',
  '--runtimeconfig',
]);

/**
 * `dotnet app.dll` runs the application at that path. Its presence decides whether the container
 * starts; the host's own error text for a missing application is not modelled, so a missing or
 * unknown app.dll is "can't tell", with the reason. SDK commands (`dotnet run`) are not checked.
 */
function checkDotnet(image: SimulatedImage, argv: string[]): InterpreterCheck {
  let k = 1;
  while (k < argv.length && argv[k].startsWith('-')) k += DOTNET_VALUE_OPTIONS.has(argv[k]) ? 2 : 1;
  const app = argv[k];
  if (app === undefined || !/\.(dll|exe)$/i.test(app)) return null;
  const path = normalizePath(app, image.config.workdir || '/');
  const probe = probeImage(image, path);
  if (probe.presence === 'unknown')
    return { ok: 'unknown', because: `whether ${path} is there: ${probe.because}` };
  if (probe.presence === 'absent')
    return {
      ok: 'unknown',
      because: `${path} is not in the image, so the dotnet host cannot run it; the simulator does not model the host's error message`,
    };
  return { ok: true, mainPath: path, program: probe.entry?.program ?? null };
}

/** Check an interpreter command (java, python, node, dotnet). Null when argv[0] is not an interpreter the run knows. */
export function checkInterpreter(image: SimulatedImage, argv: string[], foundPath: string): InterpreterCheck {
  const name = argv[0].split('/').pop() ?? '';
  if (name === 'java') return checkJava(image, argv);
  if (/^python[0-9.]*$/.test(name)) return checkPython(image, argv, foundPath);
  if (name === 'node' || name === 'nodejs') return checkNode(image, argv);
  if (name === 'dotnet') return checkDotnet(image, argv);
  return null;
}
