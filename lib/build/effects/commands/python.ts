/**
 * Python: `pip install` (packages, `-r requirements.txt` read from the files copied into the image,
 * `--target`, `--user`, `--no-cache-dir`) and `python -m venv`. Each package becomes a folder in
 * site-packages named after it, so `docker run` can check that an app's imports were copied across.
 */
import { isUnder } from '../../fs/paths';
import { addEntries, addFog, bytesOf, cite, homeDir, mb, readArgs, resolvePath } from '../helpers';
import { commandName } from '../../../shell';
import type { CommandModel, RunContext } from '../types';

/** The Python version installed in the stage, e.g. `3.11`, or null. */
export function pythonVersion(ctx: RunContext): string | null {
  const py = [...ctx.state.runtimes].reverse().find((r) => r.name === 'python');
  const m = py ? /^(\d+)\.(\d+)/.exec(py.version) : null;
  return m ? `${m[1]}.${m[2]}` : null;
}

/** Normalised distribution name as a folder (`Flask` → `flask`, `python-dateutil` → `python_dateutil`). */
export function pythonPackageDir(name: string): string {
  return name.toLowerCase().replace(/[-.]+/g, '_');
}

function requirementNames(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line || line.startsWith('-')) continue;
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line);
    if (m) out.push(m[1]);
  }
  return out;
}

function readRequirements(ctx: RunContext, file: string): string | null {
  const path = resolvePath(ctx, file);
  const inImage = ctx.state.contents.get(path);
  if (inImage !== undefined) return inImage;
  return null;
}

function siteDir(ctx: RunContext, pipPath: string, flags: Map<string, string | true>): string {
  const ver = pythonVersion(ctx) ?? '3';
  const target = flags.get('--target') ?? flags.get('-t');
  if (typeof target === 'string') return resolvePath(ctx, target);
  const prefix = flags.get('--prefix');
  if (typeof prefix === 'string') return `${resolvePath(ctx, prefix)}/lib/python${ver}/site-packages`;
  if (flags.has('--user')) return `${homeDir(ctx.state, ctx.env)}/.local/lib/python${ver}/site-packages`;
  const venv = /^(.*)\/bin\/pip[0-9.]*$/.exec(pipPath);
  if (venv && venv[1] !== '/usr' && venv[1] !== '/usr/local')
    return `${venv[1]}/lib/python${ver}/site-packages`;
  if (ctx.env.VIRTUAL_ENV) return `${ctx.env.VIRTUAL_ENV}/lib/python${ver}/site-packages`;
  const venvOnPath = (ctx.env.PATH ?? '')
    .split(':')
    .find((d) => d.endsWith('/bin') && ctx.writer.exists(`${d.slice(0, -4)}/pyvenv.cfg`));
  if (venvOnPath) return `${venvOnPath.slice(0, -4)}/lib/python${ver}/site-packages`;
  if (ctx.state.distro.family === 'ubuntu' || ctx.state.distro.family === 'debian') {
    const local = ctx.state.runtimes.some((r) => r.name === 'python' && r.path.startsWith('/usr/local'));
    if (!local) return '/usr/local/lib/python' + ver + '/dist-packages';
  }
  return `/usr/local/lib/python${ver}/site-packages`;
}

function pipInstall(ctx: RunContext, pipPath: string, args: string[]): void {
  const { flags, positional } = readArgs(args, [
    '-r',
    '--requirement',
    '-t',
    '--target',
    '--prefix',
    '-c',
    '-i',
    '--index-url',
    '--extra-index-url',
  ]);
  const names = positional
    .filter((p) => /^[A-Za-z0-9]/.test(p) && !p.includes('/'))
    .map((p) => p.replace(/[<>=!~[;].*$/, ''));
  const req = flags.get('-r') ?? flags.get('--requirement');
  if (typeof req === 'string') {
    const text = readRequirements(ctx, req);
    if (text === null) {
      ctx.contribute({
        text: `${req} is not in the image (or its contents are unknown): the packages it lists are not modelled.`,
        confidence: 'low',
        citations: [],
      });
      addFog(ctx, [siteDir(ctx, pipPath, flags), '/usr/local/bin'], `the packages ${req} lists are unknown`);
    } else names.push(...requirementNames(text));
  }
  const site = siteDir(ctx, pipPath, flags);
  for (const name of names) {
    const dir = `${site}/${pythonPackageDir(name)}`;
    const pkg = ctx.catalog.findPackage('pip', name.toLowerCase(), null);
    const fig = pkg?.installed ?? ctx.catalog.unknownPackageEstimate('pip');
    addEntries(ctx, [
      {
        path: `${dir}/**`,
        kind: 'bulk',
        sizeBytes: bytesOf(fig),
        note: `Python package ${name} and its dependencies`,
      },
    ]);
    if (!pkg)
      addFog(ctx, [dir, '/usr/local/bin'], `the pip package ${name} is not in the simulator's catalog`);
    ctx.contribute({
      text: pkg
        ? `pip installs ${name} with its dependencies into ${site} (${mb(bytesOf(fig))}).`
        : `${name}: not in the catalog; neutral estimate ${mb(bytesOf(fig))} in ${site}.`,
      confidence: pkg ? fig.confidence : 'low',
      citations: [cite(`pip ${name}`, fig)],
    });
  }
  if (!flags.has('--no-cache-dir') && ctx.env.PIP_NO_CACHE_DIR === undefined && names.length > 0) {
    const cacheDir = `${homeDir(ctx.state, ctx.env)}/.cache/pip`;
    if (!ctx.cacheMounts.some((m) => isUnder(cacheDir, m))) {
      const fig = ctx.catalog.artifact('pip-cache');
      addEntries(ctx, [
        {
          path: `${cacheDir}/**`,
          kind: 'bulk',
          sizeBytes: bytesOf(fig?.figure),
          note: 'pip download cache',
          // Without a figure its size is unknown (the layer's size becomes a range), not 0 B.
          ...(fig ? {} : { estimate: true }),
        },
      ]);
      ctx.contribute({
        text: `Without --no-cache-dir pip also keeps its download cache in ${cacheDir}${fig ? ` (${mb(bytesOf(fig.figure))})` : ' (size not known to the model)'}.`,
        confidence: fig?.figure.confidence ?? 'low',
        citations: fig ? [cite(fig.description, fig.figure)] : [],
      });
    }
  }
}

/**
 * `python -m venv DIR`: the venv's python links to the interpreter as it was invoked (CPython's venv
 * links to `sys.executable`, the path as typed, symlinks not resolved), so `/usr/bin/python -m venv`
 * gives a link to /usr/bin/python even where that is itself a link.
 */
function venv(ctx: RunContext, dir: string, invoked: string): void {
  const ver = pythonVersion(ctx) ?? '3';
  const base = ctx.catalog.artifact('python-venv-base');
  const runtime = [...ctx.state.runtimes].reverse().find((r) => r.name === 'python');
  const py = invoked.startsWith('/') ? { path: invoked } : runtime;
  addEntries(ctx, [
    { path: `${dir}/pyvenv.cfg`, kind: 'regular', sizeBytes: 100 },
    { path: `${dir}/bin/python`, kind: 'symlink', sizeBytes: 0, target: py?.path ?? '/usr/bin/python3' },
    { path: `${dir}/bin/python3`, kind: 'symlink', sizeBytes: 0, target: py?.path ?? '/usr/bin/python3' },
    { path: `${dir}/bin/pip`, kind: 'script', sizeBytes: 250, shebang: `${dir}/bin/python` },
    // The activation scripts venv writes for POSIX shells (`. /venv/bin/activate`), csh and fish.
    { path: `${dir}/bin/activate`, kind: 'regular', sizeBytes: 2_000 },
    { path: `${dir}/bin/activate.csh`, kind: 'regular', sizeBytes: 1_000 },
    { path: `${dir}/bin/activate.fish`, kind: 'regular', sizeBytes: 2_000 },
    {
      path: `${dir}/lib/python${ver}/site-packages/pip/**`,
      kind: 'bulk',
      sizeBytes: bytesOf(base?.figure),
      note: 'pip and setuptools of the new venv',
    },
  ]);
  ctx.contribute({
    text: `python -m venv creates ${dir} with pip and setuptools (${mb(bytesOf(base?.figure))}); its python is a link to ${py?.path ?? 'the system python'}, which the final image must also have.`,
    confidence: base?.figure.confidence ?? 'low',
    citations: base ? [cite(base.description, base.figure)] : [],
  });
}

/** pip, pip3 and `python -m pip|venv`. */
export const pythonModel: CommandModel = {
  names: ['pip', 'pip3', 'python', 'python3', 'pip3.11', 'pip3.12', 'python3.11', 'python3.12'],
  apply(cmd, ctx) {
    const name = commandName(cmd.argv);
    let args = cmd.argv.slice(1);
    let pipPath = cmd.argv[0];
    if (name.startsWith('python')) {
      if (args[0] === '-m' && args[1] === 'venv') {
        const dir = args.slice(2).find((a) => !a.startsWith('-'));
        if (dir) venv(ctx, resolvePath(ctx, dir), cmd.argv[0]);
        return;
      }
      if (args[0] === '-m' && args[1] === 'pip') {
        args = args.slice(2);
        pipPath = cmd.argv[0].replace(/python[0-9.]*$/, 'pip');
      } else {
        ctx.contribute({
          text: `${name} runs a script; what it writes is not modelled.`,
          confidence: 'low',
          citations: [],
        });
        return;
      }
    }
    const sub = args.find((a) => !a.startsWith('-'));
    if (sub === 'install') pipInstall(ctx, pipPath, args.slice(args.indexOf(sub) + 1));
    else
      ctx.contribute({
        text: `pip ${sub ?? ''} adds nothing the model tracks.`,
        confidence: 'medium',
        citations: [],
      });
  },
};
