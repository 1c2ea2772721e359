/**
 * Command-line arguments of `npm run --silent simulate -- <Dockerfile> [options]`.
 */
import type { Builder } from '../../plan/types';
import { platformList } from '../../dockerfile/platform';

/** Parsed options. */
export interface SimulateArgs {
  dockerfile: string;
  target: string | null;
  buildArgs: Record<string, string>;
  builder: Builder;
  json: boolean;
  /** Build context folder; null means the Dockerfile's folder. */
  context: string | null;
  run: boolean;
  /** Standard input for the run (`\n` escapes are turned into newlines). */
  stdin: string;
  help: boolean;
  /** `--platform a,b`: the platforms to build for, normalised (empty: the build machine's, linux/amd64). */
  platforms: string[];
}

/** The usage text. */
export const USAGE = `Usage: npm run --silent simulate -- <Dockerfile> [options]

Simulates \`docker build\` (and optionally \`docker run\`) of a Dockerfile without Docker.

Options:
  --target NAME          build up to this stage (default: the last stage)
  --build-arg K=V        set a build argument (repeatable)
  --platform P[,P…]      build for these platforms (e.g. linux/amd64,linux/arm64); one report each
  --builder B            buildkit (default) or legacy
  --context DIR          build context folder (default: the Dockerfile's folder)
  --run                  also simulate \`docker run\` of the final image
  --stdin TEXT           standard input for --run (\\n means a newline)
  --json                 print one JSON document (schema: lib/cli/SCHEMA.md)
  -h, --help             show this help

Exit codes: 0 buildable (warnings allowed), 1 the Dockerfile has errors, 2 bad usage or unreadable file.`;

/** Parse argv (without node and script). Returns an error message for bad usage. */
export function parseArgs(argv: readonly string[]): SimulateArgs | { error: string } {
  const out: SimulateArgs = {
    dockerfile: '',
    target: null,
    buildArgs: {},
    builder: 'buildkit',
    json: false,
    context: null,
    run: false,
    stdin: '',
    help: false,
    platforms: [],
  };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const name = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : null;
    const value = (): string | null => {
      if (inline !== null) return inline;
      const next = argv[i + 1];
      if (next === undefined) return null;
      i++;
      return next;
    };
    switch (name) {
      case '-h':
      case '--help':
        out.help = true;
        break;
      case '--json':
        out.json = true;
        break;
      case '--run':
        out.run = true;
        break;
      case '--target': {
        const v = value();
        if (!v) return { error: '--target needs a stage name' };
        out.target = v;
        break;
      }
      case '--build-arg': {
        const v = value();
        if (v === null) return { error: '--build-arg needs KEY=VALUE' };
        const at = v.indexOf('=');
        if (at === 0) return { error: `invalid --build-arg "${v}": the name is empty` };
        // Docker: `--build-arg KEY` without a value takes KEY from the environment.
        if (at === -1) out.buildArgs[v] = process.env[v] ?? '';
        else out.buildArgs[v.slice(0, at)] = v.slice(at + 1);
        break;
      }
      case '--platform': {
        const v = value();
        if (!v) return { error: '--platform needs os/arch, e.g. linux/arm64' };
        const { platforms, invalid } = platformList(v);
        if (invalid.length > 0)
          return { error: `invalid --platform "${invalid[0]}": write os/arch, e.g. linux/arm64` };
        for (const p of platforms) if (!out.platforms.includes(p)) out.platforms.push(p);
        break;
      }
      case '--builder': {
        const v = value();
        if (v !== 'buildkit' && v !== 'legacy') return { error: '--builder must be buildkit or legacy' };
        out.builder = v;
        break;
      }
      case '--context': {
        const v = value();
        if (!v) return { error: '--context needs a folder' };
        out.context = v;
        break;
      }
      case '--stdin': {
        const v = value();
        if (v === null) return { error: '--stdin needs a text' };
        out.stdin = v.replace(/\\n/g, '\n');
        break;
      }
      default:
        if (raw.startsWith('-') && raw !== '-') return { error: `unknown option ${raw}` };
        files.push(raw);
    }
  }
  if (out.help) return out;
  if (files.length === 0) return { error: 'missing the Dockerfile to simulate' };
  if (files.length > 1) return { error: `one Dockerfile at a time (got ${files.join(', ')})` };
  out.dockerfile = files[0];
  return out;
}
