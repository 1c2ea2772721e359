/**
 * `docker build [-t name:tag] [-f Dockerfile] [--target stage] [--no-cache] [--build-arg K=V] .`:
 * simulates the build over the session's context, prints BuildKit's progress (abridged) and stores
 * the image under its tags.
 */
import { emulatedRuns } from '../../../build/simulate/platforms';
import { DEFAULT_BUILD_PLATFORM, platformList } from '../../../dockerfile/platform';
import { formatSize } from '../../../build/format';
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

const USAGE_ERROR = `ERROR: "docker buildx build" requires exactly 1 argument.\nSee 'docker buildx build --help'.\n\n${USAGE}`;

/** The build context is the example's folder: `.` is the only path the session has. */
const CONTEXT_PATHS = new Set(['.', './', '']);

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
  return `ERROR: failed to solve: ${text}`;
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
    return fail(`ERROR: unable to prepare context: path "${positional[0]}" not found`, 1, [
      'The simulated build context is the example’s folder: build it with `.` as the path.',
    ]);
  }
  const tags: string[] = [];
  for (const raw of flags.get('tag') ?? []) {
    const tag = normalizeTag(raw);
    if (!tag) return fail(`ERROR: invalid tag "${raw}": invalid reference format`, 1);
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
        `ERROR: failed to solve: failed to read dockerfile: open ${name}: no such file or directory`,
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
      `ERROR: failed to parse platform ${invalid[0]}: "${invalid[0]}": unknown operating system or architecture: invalid argument`,
      1,
    );
  const secrets: string[] = [];
  for (const spec of flags.get('secret') ?? []) {
    const id = /(?:^|,)id=([^,]+)/.exec(spec)?.[1] ?? (spec.includes('=') ? null : spec);
    if (!id) return fail(`ERROR: failed to parse secret: unexpected key in "${spec}"`, 1);
    secrets.push(id);
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
        : ['ERROR: failed to solve: no image to build']),
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
          .map((b) => `${b.platform} ${b.result.image ? formatSize(b.result.image.sizeBytes) : '(none)'}`)
          .join(', ')}. docker images and docker run use the ${home.platform} one, this machine's.`,
      ]
    : [
        `The image${home.platform !== DEFAULT_BUILD_PLATFORM ? ` for ${home.platform}` : ''} is ${formatSize(result.image.sizeBytes)} by the simulator's estimate (confidence ${result.image.confidence}); no real build ran.`,
      ];
  for (const b of builds) {
    const emulated = emulatedRuns(b.result.graph);
    if (emulated.length > 0)
      notes.push(
        `${b.platform}: ${emulated.length} RUN step${emulated.length === 1 ? '' : 's'} (line ${emulated.map((e) => e.line).join(', ')}) ran under QEMU emulation, since this machine is ${b.result.graph.platform.build}: much slower than native. FROM --platform=$BUILDPLATFORM and cross-compiling avoids it.`,
      );
  }
  if (tags.length === 0)
    notes.push('No tag given: the image shows as <none> in docker images. Add -t name to name it.');
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
