/**
 * The Go toolchain: `go build` writes a binary (static or dynamic, per cgo and imports) and fills the
 * build cache; `go mod download` fills the module cache. Sizes are the measured binaries and caches
 * by Go version (FACTS §2c); the binary carries the program model when the sources are a known program.
 */
import type { ManifestEntry } from '../../../catalog/types';
import { isUnder } from '../../fs/paths';
import { normalizePlatform, parsePlatform } from '../../../dockerfile/platform';
import type { GoProgramClass } from '../catalog-port';
import {
  addEntries,
  bytesOf,
  cite,
  whichInLayer,
  homeDir,
  inCacheMount,
  libcLoader,
  mb,
  readArgs,
  resolvePath,
} from '../helpers';
import type { CommandModel, RunContext } from '../types';
import { readGoSources, usesNet } from './go-source';
import { writeFile } from './coreutils/write';

/** The Go version installed in the stage (from the base image's or a package's runtimes). */
export function goVersion(ctx: RunContext): string | null {
  const go = [...ctx.state.runtimes].reverse().find((r) => r.name === 'go');
  return go ? go.version : null;
}

function sourcesIn(
  ctx: RunContext,
  dir: string,
  recursive: boolean,
): Array<{ path: string; content: string }> {
  const out: Array<{ path: string; content: string }> = [];
  for (const [path, content] of ctx.state.contents) {
    if (!path.endsWith('.go')) continue;
    const folder = path.slice(0, path.lastIndexOf('/')) || '/';
    if (folder === dir || (recursive && isUnder(folder, dir))) out.push({ path, content });
  }
  return out;
}

/**
 * The binary's name as the go command picks it: the last element of the package's import path
 * (the module path in go.mod, plus the folder below the module root), without a `/vN` major
 * version suffix; the folder's name when there is no go.mod (GOPATH mode).
 */
export function goBinaryName(ctx: RunContext, pkgDir: string): string {
  const folder = pkgDir === '/' ? 'app' : pkgDir.slice(pkgDir.lastIndexOf('/') + 1);
  for (let dir = pkgDir; ; dir = dir.slice(0, dir.lastIndexOf('/')) || '/') {
    const mod = ctx.state.contents.get(`${dir === '/' ? '' : dir}/go.mod`);
    if (mod !== undefined) {
      const m = /^\s*module\s+"?([^\s"]+)/m.exec(mod);
      if (!m) break;
      const importPath = dir === pkgDir ? m[1] : `${m[1]}${pkgDir.slice(dir.length)}`;
      const parts = importPath.split('/').filter((p) => p !== '');
      if (parts.length > 1 && /^v\d+$/.test(parts[parts.length - 1])) parts.pop();
      return parts[parts.length - 1] ?? folder;
    }
    if (dir === '/') break;
  }
  return folder;
}

/**
 * The platform `go build` compiles for: GOOS/GOARCH (and GOARM for arm) when set, else the platform
 * the stage runs on, which is what `go env GOOS GOARCH` reports without them (go.dev/doc/install/source#environment).
 */
function goTargetPlatform(ctx: RunContext): string {
  const stage = parsePlatform(ctx.state.platform ?? 'linux/amd64') ?? {
    os: 'linux',
    arch: 'amd64',
    variant: '',
  };
  const os = ctx.env.GOOS || stage.os;
  const arch = ctx.env.GOARCH || stage.arch;
  const variant =
    arch === 'arm'
      ? ctx.env.GOARM
        ? `v${ctx.env.GOARM.replace(/^v/, '')}`
        : stage.arch === 'arm'
          ? stage.variant
          : 'v7'
      : '';
  return normalizePlatform(`${os}/${arch}${variant ? `/${variant}` : ''}`) ?? `${os}/${arch}`;
}

/** What time/tzdata adds to a binary: "about 450 KB" (pkg.go.dev/time/tzdata). */
const TZDATA_BYTES = 450_000;

/** The message Go prints when module mode finds no go.mod (cmd/go/internal/modload: ErrNoModRoot). */
export const NO_GO_MOD =
  "go: go.mod file not found in current directory or any parent directory; see 'go help modules'";

/**
 * Whether `go build`/`go install` of packages runs in module mode with no go.mod: Go ≥ 1.16 defaults
 * to module mode (GO111MODULE=on; `auto` and `off` fall back to GOPATH mode without a go.mod), and
 * looks for go.mod in the current directory and its parents (go.dev/ref/mod#mod-commands). True only
 * when every one of those is known to be absent; files named on the command line (`go build x.go`)
 * and `go install pkg@version` need no go.mod.
 */
function missingGoMod(ctx: RunContext, version: string, positional: readonly string[]): boolean {
  if (ctx.unknownWords) return false;
  if (positional.length > 0 && positional.every((p) => p.endsWith('.go'))) return false;
  if (positional.some((p) => p.includes('@'))) return false;
  const mode = ctx.env.GO111MODULE ?? '';
  const m = /^(\d+)\.(\d+)/.exec(version);
  const moduleMode = mode === 'on' || (mode === '' && m !== null && (+m[1] > 1 || +m[2] >= 16));
  if (!moduleMode) return false;
  for (let dir = ctx.cwd; ; dir = dir.slice(0, dir.lastIndexOf('/')) || '/') {
    const path = `${dir === '/' ? '' : dir}/go.mod`;
    if (ctx.mounted?.(path) || ctx.writer.probe(path).presence !== 'absent') return false;
    if (dir === '/') return true;
  }
}

function build(ctx: RunContext, args: string[], install = false): void {
  const { flags, positional } = readArgs(args, ['-o', '-ldflags', '-tags', '-gcflags', '-mod', '-p']);
  const version = goVersion(ctx) ?? 'unknown';
  if (missingGoMod(ctx, version, positional)) {
    ctx.fail({
      message: NO_GO_MOD,
      hint: `Go ${version} builds in module mode: copy go.mod (and go.sum) before building, or create one with \`go mod init <module path>\`.`,
      certain: true,
    });
    return;
  }
  const pkgArg = positional[0] ?? '.';
  const pkgDir = pkgArg.endsWith('.go')
    ? resolvePath(ctx, pkgArg.slice(0, pkgArg.lastIndexOf('/') + 1) || '.')
    : pkgArg.startsWith('.') || pkgArg.startsWith('/')
      ? resolvePath(ctx, pkgArg.replace(/\/\.\.\.$/, ''))
      : ctx.cwd;
  const sources = sourcesIn(ctx, pkgDir, pkgArg.endsWith('/...'));
  const info = readGoSources(sources);
  const ldflags = String(flags.get('-ldflags') ?? '');
  const stripped =
    /(^|\s)-s(\s|$)/.test(ldflags) && /(^|\s)-w(\s|$)/.test(ldflags)
      ? true
      : /(^|\s)-[sw](\s|$)/.test(ldflags);
  const staticLd = /-extldflags[= ]+["']?-static/.test(ldflags);
  const gcc = whichInLayer(ctx, 'gcc');
  const cgoEnv = ctx.env.CGO_ENABLED;
  const cgo = cgoEnv === undefined ? gcc.presence === 'present' : cgoEnv === '1';
  const net = usesNet(info.imports);
  const dynamic = cgo && net && !staticLd;
  const programClass: GoProgramClass = net ? 'web' : 'calc';
  const name = goBinaryName(ctx, pkgDir);
  // go install writes to $GOBIN, else $GOPATH/bin (GOPATH defaults to $HOME/go; the golang images set /go).
  const binDir = install
    ? ctx.env.GOBIN || `${ctx.env.GOPATH || `${homeDir(ctx.state, ctx.env)}/go`}/bin`
    : null;
  let out = flags.has('-o')
    ? resolvePath(ctx, String(flags.get('-o')))
    : binDir
      ? `${binDir}/${name}`
      : `${ctx.cwd === '/' ? '' : ctx.cwd}/${name}`;
  const outHit = ctx.writer.lookup(out);
  if (String(flags.get('-o') ?? '').endsWith('/') || outHit?.entry.kind === 'dir') out = `${out}/${name}`;

  const fig = ctx.catalog.goBinary(version, programClass, stripped, cgo && net);
  // time/tzdata (imported, or -tags timetzdata) embeds the zone database: "about 450 KB" (its package docs).
  const tags = String(flags.get('-tags') ?? '').split(/[\s,]+/);
  const tzdata = tags.includes('timetzdata') || info.imports.includes('time/tzdata');
  const size = bytesOf(fig?.figure) + (tzdata ? TZDATA_BYTES : 0);
  const loader = libcLoader(ctx.state);
  const platform = goTargetPlatform(ctx);
  const entry: ManifestEntry = {
    path: out,
    kind: 'elf',
    sizeBytes: size,
    linkage: dynamic ? 'dynamic' : 'static',
    interpreter: dynamic ? loader : null,
    mode: 0o755,
    platform,
    ...(version !== 'unknown' ? { goVersion: version } : {}),
  };
  if (!fig || fig.figure.value === null || fig.substitutedVersion || tzdata) entry.estimate = true;
  if (info.program) entry.program = info.program;
  if (sources.length > 0)
    entry.note = `Go ${version} binary built from ${sources.map((f) => f.path).join(' ')}`;
  addEntries(ctx, [entry]);

  let confidence = fig?.figure.confidence ?? 'low';
  if (info.files === 0 || info.thirdParty || (!info.program && !net))
    confidence = confidence === 'exact' || confidence === 'high' ? 'medium' : confidence;
  if (fig?.substitutedVersion) confidence = 'low';
  const what =
    info.program === 'go-calculator'
      ? 'the calculator'
      : info.files > 0
        ? `a Go program importing ${info.imports.join(', ') || 'nothing'}`
        : 'a Go program whose sources the model cannot see';
  const link = dynamic
    ? `dynamically linked (cgo is on${cgoEnv === undefined ? ' because gcc is present' : ''} and it imports net), interpreter ${loader}: it needs that loader and libc at run time`
    : `statically linked${cgo && !net ? ' (cgo is on, but no package it imports uses cgo)' : cgoEnv === '0' ? ' (CGO_ENABLED=0)' : ''}`;
  ctx.contribute({
    text: `go build (Go ${version}) writes ${out} for ${platform}: ${what}, ${stripped ? 'stripped with -ldflags "-s -w"' : 'unstripped'}, ${link}; ${mb(size)}${
      fig?.substitutedVersion
        ? ` — measured for Go ${fig.substitutedVersion}, the nearest version with a figure`
        : ''
    }.`,
    confidence,
    citations: fig ? [cite(fig.description, fig.figure)] : [],
  });
  if (tzdata)
    ctx.contribute({
      text: `It embeds Go's copy of the time zone database (${tags.includes('timetzdata') ? '-tags timetzdata' : 'import _ "time/tzdata"'}), which adds about 450 kB: the binary then needs no /usr/share/zoneinfo.`,
      confidence: 'medium',
      citations: [
        {
          text: 'Importing this package will increase the size of a program by about 450 KB',
          source: 'pkg.go.dev/time/tzdata (Go 1.16 to 1.27)',
        },
      ],
    });
  if (info.program === 'go-calculator' && !stripped && !dynamic) {
    ctx.contribute({
      text: "For comparison: the talk's 1.83 MB is this program built with Go 1.21 (1,833,430 bytes); Ubuntu 22.04's Go 1.18 gives 1.79 MB, Go 1.23 2.16 MB.",
      confidence: 'high',
      citations: [
        {
          text: 'calc binary by Go version',
          source: 'measured for this course: amd64, Ubuntu 22.04 with its golang packages, November 2026',
        },
      ],
    });
  }

  const cacheDir = ctx.env.GOCACHE || `${homeDir(ctx.state, ctx.env)}/.cache/go-build`;
  if (inCacheMount(ctx, cacheDir)) {
    ctx.contribute({
      text: `The build cache ${cacheDir} is a cache mount: it is not part of the image.`,
      confidence: 'high',
      citations: [
        {
          text: 'RUN --mount=type=cache',
          source:
            'Dockerfile reference, RUN --mount=type=cache (docs.docker.com/reference/dockerfile/#run---mounttypecache)',
        },
      ],
    });
    return;
  }
  const cache = ctx.catalog.goBuildCache(version, programClass);
  addEntries(ctx, [
    { path: `${cacheDir}/**`, kind: 'bulk', sizeBytes: bytesOf(cache?.figure), note: 'Go build cache' },
  ]);
  ctx.contribute({
    text: `The build cache ${cacheDir} stays in the layer: ${mb(bytesOf(cache?.figure))} for Go ${version}${
      version.startsWith('1.1')
        ? ' (Go ≤ 1.19 ships a precompiled standard library, so the cache is small)'
        : ''
    }.`,
    confidence: cache?.figure.confidence ?? 'low',
    citations: cache ? [cite(cache.description, cache.figure)] : [],
  });
}

/** go build / install / mod download / get / run / test / version. */
export const goModel: CommandModel = {
  names: ['go'],
  apply(cmd, ctx) {
    const [sub, ...rest] = cmd.argv.slice(1);
    // When whether Go is there cannot be told (an unknown base or package may have brought it), go
    // on as if it built.
    if (whichInLayer(ctx, 'go').presence === 'absent' && !goVersion(ctx) && !cmd.argv[0].includes('/')) {
      ctx.fail({
        message: '/bin/sh: 1: go: not found',
        hint: 'Install Go first (apt-get install golang-go) or build FROM a golang image.',
        certain: true,
      });
      return;
    }
    if (sub === 'build' || sub === 'install') {
      build(ctx, rest, sub === 'install');
      return;
    }
    if (sub === 'mod' && rest[0] === 'init') {
      // cmd/go/internal/modload CreateModFile: writes ./go.mod naming the module and the Go version,
      // and refuses to overwrite one ("go: %s already exists").
      const path = `${ctx.cwd === '/' ? '' : ctx.cwd}/go.mod`;
      if (ctx.writer.probe(path).presence === 'present') {
        ctx.fail({
          message: `go: ${path} already exists`,
          hint: 'Drop `go mod init`: the module is defined.',
          certain: true,
        });
        return;
      }
      const modPath = rest.slice(1).find((a) => !a.startsWith('-'));
      const version = goVersion(ctx);
      writeFile(
        ctx,
        path,
        modPath && version && !ctx.unknownWords ? `module ${modPath}\n\ngo ${version}\n` : null,
        false,
        `written by \`go mod init${modPath ? ` ${modPath}` : ''}\``,
        'go',
      );
      ctx.contribute({
        text: `go mod init writes ${path}${modPath ? ` for module ${modPath}` : ''}: the build then runs in module mode.`,
        confidence: 'high',
        citations: [],
      });
      return;
    }
    if (sub === 'mod' && rest[0] === 'download') {
      const modDir = `${ctx.env.GOPATH || (goVersion(ctx) && ctx.state.runtimes.some((r) => r.path.startsWith('/usr/local/go')) ? '/go' : `${homeDir(ctx.state, ctx.env)}/go`)}/pkg/mod`;
      ctx.contribute({
        text: inCacheMount(ctx, modDir)
          ? `The module cache ${modDir} is a cache mount: not part of the image.`
          : `go mod download fills ${modDir}; the size depends on the modules in go.sum and is not known to the model.`,
        confidence: 'low',
        citations: [],
      });
      return;
    }
    ctx.contribute({
      text: `go ${sub ?? ''} writes nothing the model tracks to the image.`,
      confidence: 'medium',
      citations: [],
    });
  },
};
