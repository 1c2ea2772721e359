/**
 * Native toolchains: `gcc`/`cc`/`g++` (dynamic unless `-static`), `make`, `cargo build`. Output
 * sizes are not in the catalog, so they are zero-byte, low-confidence entries that still exist (so
 * COPY --from and `docker run` find them) and carry their linkage.
 */
import { addEntries, addFog, libcLoader, resolvePath, whichInLayer } from '../helpers';
import { commandName } from '../../../shell';
import type { CommandModel } from '../types';

/** Options of the gcc driver that take their value as the next word (gcc's manual, "Option Summary"). */
const VALUE_OPTIONS = new Set([
  '-o',
  '-I',
  '-L',
  '-D',
  '-U',
  '-l',
  '-x',
  '-include',
  '-imacros',
  '-isystem',
  '-iquote',
  '-idirafter',
  '-MF',
  '-MT',
  '-MQ',
  '-T',
  '-u',
  '-z',
  '-e',
  '-Xlinker',
  '-Xassembler',
  '-Xpreprocessor',
  '-aux-info',
]);

/** Options after which the driver only prints (its version, its target, its search paths). */
const INFORMATIONAL =
  /^(?:--version|-v|--help|-dumpversion|-dumpfullversion|-dumpmachine|-dumpspecs|--?print-[\w-]+(?:=.*)?|-###)$/;

/** How many input files a compiler command names, and the informational option it has, if any. */
export function compilerArgs(argv: readonly string[]): { inputs: number; informational: string | null } {
  let inputs = 0;
  let informational: string | null = null;
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    if (VALUE_OPTIONS.has(word)) i++;
    else if (INFORMATIONAL.test(word)) informational ??= word;
    else if (word === '-' || !word.startsWith('-')) inputs++;
  }
  return { inputs, informational };
}

/** gcc, cc, g++, clang. */
export const ccModel: CommandModel = {
  names: ['gcc', 'cc', 'g++', 'c++', 'clang'],
  apply(cmd, ctx) {
    const tool = commandName(cmd.argv);
    if (whichInLayer(ctx, tool).presence === 'absent') {
      ctx.fail({
        message: `/bin/sh: 1: ${tool}: not found`,
        hint: 'Install a C toolchain first (build-essential, or apk add build-base).',
        certain: true,
      });
      return;
    }
    const o = cmd.argv.indexOf('-o');
    const { inputs, informational } = compilerArgs(cmd.argv);
    if (inputs === 0) {
      // `gcc --version`, `cc -dumpmachine`: the driver prints and links nothing. Without an input file
      // and such an option gcc stops with "fatal error: no input files"; the words may come from
      // expansions the model did not follow, so that is said, not asserted.
      ctx.contribute({
        text: informational
          ? `${tool} ${informational} prints information and writes no file.`
          : `${tool} is given no input file the model can see, so it links nothing here.`,
        confidence: informational ? 'high' : 'low',
        citations: [],
      });
      return;
    }
    const out = resolvePath(ctx, o > 0 && cmd.argv[o + 1] ? cmd.argv[o + 1] : 'a.out');
    if (cmd.argv.includes('-c') || cmd.argv.includes('-S') || (cmd.argv.includes('-E') && o < 0)) {
      ctx.contribute({
        text: `${tool} ${cmd.argv.includes('-c') ? '-c writes object files' : cmd.argv.includes('-S') ? '-S writes assembly files' : '-E writes preprocessed source to its output'}; their size is not modelled.`,
        confidence: 'low',
        citations: [],
      });
      return;
    }
    const isStatic = cmd.argv.includes('-static');
    addEntries(ctx, [
      {
        path: out,
        kind: 'elf',
        sizeBytes: 0,
        estimate: true,
        linkage: isStatic ? 'static' : 'dynamic',
        interpreter: isStatic ? null : libcLoader(ctx.state),
        mode: 0o755,
      },
    ]);
    ctx.contribute({
      text: `${tool} links ${out} ${isStatic ? 'statically (-static)' : `dynamically against libc (interpreter ${libcLoader(ctx.state)})`}; its size is not known to the model.`,
      confidence: 'low',
      citations: [],
    });
  },
};

/** make and cmake: what they build is not visible to the model. */
export const makeModel: CommandModel = {
  names: ['make', 'cmake', 'ninja'],
  apply(cmd, ctx) {
    addFog(
      ctx,
      cmd.argv.includes('install') ? [ctx.cwd, '/usr/local'] : [ctx.cwd],
      `${cmd.argv[0]} runs build rules the simulator cannot see`,
    );
    ctx.contribute({
      text: `${cmd.argv[0]} runs build rules the model cannot see; its output is not modelled (0 B, low confidence).`,
      confidence: 'low',
      citations: [],
    });
  },
};

/** cargo build: writes target/{debug,release}/<name> (dynamic against glibc by default). */
export const cargoModel: CommandModel = {
  names: ['cargo'],
  apply(cmd, ctx) {
    const [sub] = cmd.argv.slice(1).filter((a) => !a.startsWith('-'));
    if (sub !== 'build' && sub !== 'install') {
      ctx.contribute({ text: `cargo ${sub ?? ''} is not modelled.`, confidence: 'low', citations: [] });
      return;
    }
    const manifest = ctx.state.contents.get(resolvePath(ctx, 'Cargo.toml')) ?? '';
    const name = /\[package\][^[]*?name\s*=\s*"([^"]+)"/.exec(manifest)?.[1] ?? 'app';
    const profile = cmd.argv.includes('--release') ? 'release' : 'debug';
    const musl = cmd.argv.some((a) => a.includes('musl'));
    const out = resolvePath(ctx, `target/${musl ? 'x86_64-unknown-linux-musl/' : ''}${profile}/${name}`);
    addEntries(ctx, [
      {
        path: out,
        kind: 'elf',
        sizeBytes: 0,
        estimate: true,
        linkage: musl ? 'static' : 'dynamic',
        interpreter: musl ? null : libcLoader(ctx.state),
        mode: 0o755,
      },
      {
        path: `${resolvePath(ctx, 'target')}/**`,
        kind: 'bulk',
        sizeBytes: 0,
        estimate: true,
        note: 'build artifacts (size unknown)',
      },
    ]);
    ctx.contribute({
      text: `cargo build writes ${out} (${musl ? 'static, musl target' : 'dynamic against glibc and libgcc_s'}); sizes are not known to the model.`,
      confidence: 'low',
      citations: [],
    });
  },
};
