/**
 * `docker build [-t name:tag] [-f Dockerfile] [--target stage] [--no-cache] [--build-arg K=V] .`:
 * simulates the build over the session's context, prints BuildKit's progress (abridged) and stores
 * the image under its tags.
 */
import { emulatedRuns } from '../../../build/simulate/platforms';
import { DEFAULT_BUILD_PLATFORM, platformList } from '../../../dockerfile/platform';
import { dockerImageSize } from '../../../build/format';
import type { Diagnostic } from '../../../diagnostics';
import { RULES_BY_ID } from '../../../lint/rules';
import { flagOn, flagValue } from '../flags';
import { colorProgress } from '../../ansi';
import { fail } from '../output';
import { normalizeTag, storeImage } from '../session';
import type { CommandDefinition, CommandResult, DockerSession } from '../types';
import { buildSteps, fullImageName, internalSteps } from './build-progress';
import { simulatePlatforms } from '../../../analyze';

const USAGE = `Usage:  docker buildx build [OPTIONS] PATH | URL | -

Start a build

Options:
      --build-arg stringArray   Set build-time variables
  -f, --file string             Name of the Dockerfile (default: "PATH/Dockerfile")
      --no-cache                Do not use cache when building the image
      --platform stringArray    Set target platform for build
  -q, --quiet                   Suppress the build output and print image ID on success
      --secret stringArray      Secret to expose to the build (format: "id=mysecret[,src=/local/secret]")
      --ssh stringArray         SSH agent socket or keys to expose to the build (format:
                                "default|<id>[=<socket>|<key>[,<key>]]")
  -t, --tag stringArray         Image identifier (format: "[registry/]repository[:tag]")
      --target string           Set the target build stage to build`;

/**
 * buildx prints every error after `ERROR: ` (docker/buildx cmd/buildx/main.go); its operand check is
 * the docker CLI's ExactArgs (docker/cli cli/required.go, vendored in buildx), named by the plugin's
 * own path whatever alias was typed.
 */
const USAGE_ERROR = `ERROR: docker: 'docker buildx build' requires 1 argument\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nRun 'docker buildx build --help' for more information`;

/**
 * Since buildx 0.25 a build's errors are wrapped as "failed to build: …" (docker/buildx
 * commands/build.go), BuildKit's solve errors included: `ERROR: failed to build: failed to solve: …`.
 */
const FAILED = 'ERROR: failed to build:';

/** The build context is the example's folder: `.` is the only path the session has. */
const CONTEXT_PATHS = new Set(['.', './', '']);

/**
 * distribution/reference `Parse`'s error for a tag: an uppercase name, or any other bad format
 * (docker/cli vendor/github.com/distribution/reference/reference.go).
 */
export function tagError(raw: string): string {
  const name = raw.replace(/:[^/:]*$/, '');
  return /[A-Z]/.test(name) && normalizeTag(raw.toLowerCase()) !== null
    ? 'repository name must be lowercase'
    : 'invalid reference format';
}

/**
 * A `--secret` value as buildx reads it: comma-separated key=value fields, `id`, `src`/`source`,
 * `env`, `type` (docker/buildx util/buildflags/secrets.go `UnmarshalText`, with its errors).
 */
export function secretSpec(spec: string): { id: string | null } | { error: string } {
  let id: string | null = null;
  for (const field of spec.split(',')) {
    const eq = field.indexOf('=');
    if (eq === -1) return { error: `invalid field '${field}' must be a key=value pair` };
    const key = field.slice(0, eq).toLowerCase();
    const value = field.slice(eq + 1);
    if (key === 'type' && value !== 'file' && value !== 'env')
      return { error: `unsupported secret type "${value}"` };
    if (key === 'id') id = value;
    else if (!['type', 'src', 'source', 'env'].includes(key))
      return { error: `unexpected key '${key}' in '${field}'` };
  }
  return { id };
}

function blocking(d: Diagnostic): boolean {
  return (
    d.severity === 'error' &&
    (d.origin === 'parse' ||
      d.origin === 'plan' ||
      d.origin === 'simulate' ||
      d.ruleId === 'stagecraft/run-no-shell')
  );
}

function errorLine(d: Diagnostic): string {
  const text =
    d.origin === 'parse' ? `dockerfile parse error on line ${d.range.start.line}: ${d.message}` : d.message;
  return `${FAILED} failed to solve: ${text}`;
}

/** Docker's build checks print as a warning list after the build (BuildKit ≥ 0.15). */
function checkWarnings(diagnostics: Diagnostic[]): string[] {
  const checks = diagnostics.filter(
    (d) => d.severity !== 'info' && RULES_BY_ID.get(d.ruleId)?.source === 'docker',
  );
  if (checks.length === 0) return [];
  const n = checks.length;
  return [
    '',
    ` ${n} warning${n === 1 ? '' : 's'} found (use docker --debug to expand):`,
    ...checks.map((d) => ` - ${d.ruleId}: ${d.message} (line ${d.range.start.line})`),
  ];
}

/** `[+] Building (9/9) FINISHED`: Docker also prints the seconds taken, which the simulator does not model. */
function header(lines: string[], status: 'FINISHED' | 'ERROR'): string {
  const steps = lines.filter((l) => l.startsWith(' => ') && !l.startsWith(' => => ')).length;
  return `[+] Building (${steps}/${steps}) ${status}`;
}

function contextBytes(session: DockerSession): number {
  return session.context.files.reduce((sum, f) => sum + Math.max(0, f.sizeBytes), 0);
}

function build(session: DockerSession, flags: Map<string, string[]>, positional: string[]): CommandResult {
  if (positional.length !== 1) return fail(USAGE_ERROR, 1);
  if (!CONTEXT_PATHS.has(positional[0].replace(/\/+$/, '/'))) {
    // docker/buildx build/opt.go `LoadInputs`.
    return fail(`${FAILED} unable to prepare context: path "${positional[0]}" not found`, 1, [
      'The simulated build context is the example’s folder: build it with `.` as the path.',
    ]);
  }
  const tags: string[] = [];
  for (const raw of flags.get('tag') ?? []) {
    const tag = normalizeTag(raw);
    // docker/buildx build/opt.go: distribution/reference `Parse`'s own error.
    if (!tag) return fail(`${FAILED} invalid tag "${raw}": ${tagError(raw)}`, 1);
    tags.push(tag);
  }
  const name = (flagValue(flags, 'file') ?? 'Dockerfile').replace(/^\.\//, '');
  const file = session.context.files.find((f) => f.path === name);
  const quiet = flagOn(flags, 'quiet');
  const lines: string[] = [];
  if (!file || file.content === undefined) {
    lines.push(...internalSteps(name, 0, null, 0));
    return fail(
      [
        header(lines, 'ERROR'),
        ...lines,
        `${FAILED} failed to solve: failed to read dockerfile: open ${name}: no such file or directory`,
      ].join('\n'),
      1,
    );
  }
  const buildArgs: Record<string, string> = {};
  for (const kv of flags.get('build-arg') ?? []) {
    const eq = kv.indexOf('=');
    if (eq > 0) buildArgs[kv.slice(0, eq)] = kv.slice(eq + 1);
    else if (eq === -1 && kv !== '') buildArgs[kv] = '';
  }
  const { platforms, invalid } = platformList((flags.get('platform') ?? []).join(','));
  if (invalid.length > 0)
    return fail(
      // containerd platforms.Parse, inside buildx's RunBuild (docker/buildx commands/build.go).
      `${FAILED} "${invalid[0]}": unknown operating system or architecture: invalid argument`,
      1,
    );
  const secrets: string[] = [];
  for (const spec of flags.get('secret') ?? []) {
    const parsed = secretSpec(spec);
    if ('error' in parsed) return fail(`ERROR: ${parsed.error}`, 1);
    if (parsed.id) secrets.push(parsed.id);
  }
  const builds = simulatePlatforms(file.content, {
    context: session.context,
    target: flagValue(flags, 'target'),
    buildArgs,
    platforms,
    secrets,
  });
  const multi = builds.length > 1;
  // The image docker run uses: the one for this machine's platform, else the first.
  const home = builds.find((b) => b.platform === DEFAULT_BUILD_PLATFORM) ?? builds[0];
  const failing = builds.find((b) => !b.result.image || b.result.diagnostics.some(blocking));
  const result = (failing ?? home).result;
  lines.push(
    ...internalSteps(
      name,
      new TextEncoder().encode(file.content).length,
      result.graph,
      contextBytes(session),
    ),
  );
  const errors = result.diagnostics.filter(blocking);
  if (!result.image || errors.length > 0) {
    lines.unshift(header(lines, 'ERROR'));
    const shown = errors.length > 0 ? errors : result.diagnostics.filter((d) => d.severity === 'error');
    lines.push(
      ...(shown.length > 0
        ? shown.slice(0, 3).map(errorLine)
        : [`${FAILED} failed to solve: no image to build`]),
    );
    const shownLines = session.tty ? colorProgress(lines) : lines;
    return fail(shownLines.join('\n'), 1, shown.flatMap((d) => (d.hint ? [d.hint] : [])).slice(0, 3));
  }
  const noCache = flagOn(flags, 'no-cache');
  for (const b of builds) {
    for (const step of buildSteps(b.result.graph, session.context.files, multi)) {
      const cached = !noCache && step.cacheKey !== null && session.cache.has(step.cacheKey);
      lines.push(` => ${cached ? 'CACHED ' : ''}${step.label}`);
      if (step.cacheKey) session.cache.add(step.cacheKey);
    }
  }
  const stored = storeImage(session, result.image, tags);
  lines.push(' => exporting to image', ' => => exporting layers', ` => => writing image sha256:${stored.id}`);
  for (const tag of tags) lines.push(` => => naming to ${fullImageName(tag)}`);
  lines.unshift(header(lines, 'FINISHED'));
  lines.push(...checkWarnings(result.diagnostics));
  const notes = multi
    ? [
        `One image per platform, by the simulator's estimate (no real build ran): ${builds
          .map((b) => `${b.platform} ${b.result.image ? dockerImageSize(b.result.image) : '(none)'}`)
          .join(', ')}. docker images and docker run use the ${home.platform} one, this machine's.`,
      ]
    : [
        `The image${home.platform !== DEFAULT_BUILD_PLATFORM ? ` for ${home.platform}` : ''} is ${dockerImageSize(result.image)} by the simulator's estimate (confidence ${result.image.confidence}${result.image.sizeRange ? `; unknown: ${result.image.sizeRange.because}` : ''}); no real build ran.`,
      ];
  for (const b of builds) {
    const emulated = emulatedRuns(b.result.graph);
    if (emulated.length > 0)
      notes.push(
        `${b.platform}: ${emulated.length} RUN step${emulated.length === 1 ? '' : 's'} (line ${emulated.map((e) => e.line).join(', ')}) ran under QEMU emulation, since this machine is ${b.result.graph.platform.build}: much slower than native. FROM --platform=$BUILDPLATFORM and cross-compiling avoids it.`,
      );
  }
  if (tags.length === 0)
    notes.push(
      'No tag given: the image is listed only by docker images -a, as <none>. Add -t name to name it.',
    );
  const lent = [...(flags.get('secret') ?? []), ...(flags.get('ssh') ?? [])];
  if (lent.length > 0)
    notes.push(
      'The --secret and --ssh values are lent to RUN --mount=type=secret and type=ssh steps only; the simulator reads only the secret ids (a mount whose id is not passed is empty), and no layer stores them.',
    );
  return quiet
    ? { stdout: `sha256:${stored.id}\n`, stderr: '', exitCode: 0, notes, clear: false }
    : {
        stdout: '',
        stderr: `${(session.tty ? colorProgress(lines) : lines).join('\n')}\n`,
        exitCode: 0,
        notes,
        clear: false,
      };
}

/** `docker build` (and `docker image build`, `docker buildx build`). */
export const buildCommand: CommandDefinition = {
  paths: [['build'], ['image', 'build'], ['buildx', 'build']],
  summary: 'Build an image from a Dockerfile',
  usage: USAGE,
  flags: [
    { name: 'tag', short: 't', takesValue: true, repeatable: true },
    { name: 'file', short: 'f', takesValue: true },
    { name: 'target', takesValue: true },
    { name: 'no-cache', takesValue: false },
    { name: 'quiet', short: 'q', takesValue: false },
    { name: 'build-arg', takesValue: true, repeatable: true },
    { name: 'platform', takesValue: true, repeatable: true },
    { name: 'secret', takesValue: true, repeatable: true },
    { name: 'ssh', takesValue: true, repeatable: true },
  ],
  run: ({ session, flags, positional }) => build(session, flags, positional),
};
