/**
 * Instructions that only change the image configuration (ENV, ARG, LABEL, USER, CMD, ENTRYPOINT,
 * EXPOSE, SHELL, HEALTHCHECK, VOLUME, STOPSIGNAL): empty layers, as `docker history` shows them.
 * WORKDIR is the exception: BuildKit creates the folder in a real, tiny layer.
 */
import type { Instruction, ParserDirectives } from '../../dockerfile/types';
import type { Citation, ImageConfig, Layer } from '../types';
import { LayerWriter } from '../fs/layer-writer';
import { normalizePath } from '../fs/paths';
import { expandVariables } from '../../variables';
import type { StageBuild } from './stage-state';
import { runUid } from '../effects/commands/coreutils/write';

/** An instruction's effect: a writer (null for an empty layer) and its explanation. */
export interface MetadataEffect {
  writer: LayerWriter | null;
  explanation: string;
  confidence: Layer['confidence'];
  citations: Citation[];
}

const EMPTY: Citation = {
  text: 'Metadata-only instructions add no filesystem data (listed as 0 B, empty_layer)',
  source: 'Docker docs; moby/buildkit#2416; docker/buildx#1910',
};

function empty(text: string): MetadataEffect {
  return { writer: null, explanation: text, confidence: 'exact', citations: [EMPTY] };
}

/**
 * Docker's expansion of one instruction word (ENV, LABEL, WORKDIR, USER, COPY, …) with the stage's
 * ARG and ENV values, under the Dockerfile's escape character (`# escape=` changes how `$` and quotes
 * are escaped and whether a backslash is literal).
 */
/** A port as Docker's configuration keys it: `80` is `80/tcp` (nat.NewPort's default protocol). */
export function withProtocol(port: string): string {
  return port.includes('/') ? port : `${port}/tcp`;
}

export function wordExpander(b: StageBuild, escape: ParserDirectives['escape']): (word: string) => string {
  const vars = b.state.vars;
  return (word) => expandVariables(word, vars, escape).value;
}

/**
 * Why `word` cannot be expanded here: it names variables this Dockerfile does not set while the base
 * image's environment is unknown (they may be the base's ENV, as HOME or APP_HOME often are). Null
 * when its value is known; on a catalogued base an unset variable is empty, as Docker makes it.
 */
export function unsetOnUnknownBase(
  b: StageBuild,
  word: string,
  escape: ParserDirectives['escape'],
): string | null {
  const inheritedEnv = b.state.config.unknown?.env;
  if (!inheritedEnv) return null;
  const unset = expandVariables(word, b.state.vars, escape).undefinedVars;
  if (unset.length === 0) return null;
  const names = [...new Set(unset)].map((n) => `$${n}`).join(', ');
  return `${names}, which this Dockerfile does not set: its value ${inheritedEnv.replace(/^comes/, 'would come')}`;
}

/** The stage now sets `field` itself: it is no longer inherited from an unknown image. */
function known(b: StageBuild, field: keyof NonNullable<ImageConfig['unknown']>): void {
  const unknown = b.state.config.unknown;
  if (!unknown || !(field in unknown)) return;
  const rest = { ...unknown };
  delete rest[field];
  b.state.config.unknown = Object.keys(rest).length > 0 ? rest : undefined;
  if (!b.state.config.unknown) delete b.state.config.unknown;
}

/**
 * Apply a non-RUN, non-COPY instruction to the stage, expanding its words with `escape` as the
 * escape character. Returns null for FROM (handled elsewhere).
 */
export function applyMetadata(
  ins: Instruction,
  b: StageBuild,
  escape: ParserDirectives['escape'],
): MetadataEffect | null {
  const vars = b.state.vars;
  const config = b.state.config;
  const x = wordExpander(b, escape);
  switch (ins.kind) {
    case 'env':
      for (const p of ins.pairs) {
        const v = x(p.value);
        config.env[p.key] = v;
        vars[p.key] = v;
      }
      return empty('ENV sets environment variables in the image configuration: no files, 0 B.');
    case 'label':
      for (const p of ins.pairs) config.labels[x(p.key)] = x(p.value);
      return empty('LABEL adds metadata to the image configuration: 0 B.');
    case 'arg':
      for (const d of ins.declarations) {
        const v =
          b.buildArgs[d.name] ??
          b.state.args[d.name] ??
          (d.defaultValue !== null ? x(d.defaultValue) : undefined);
        if (v !== undefined) {
          b.state.args[d.name] = v;
          if (!(d.name in config.env)) vars[d.name] = v;
        }
      }
      return empty('ARG declares a build argument: it exists only during the build, 0 B in the image.');
    case 'workdir': {
      const path = normalizePath(x(ins.path), config.workdir);
      const unset = unsetOnUnknownBase(b, ins.path, escape);
      if (unset) {
        // `WORKDIR $HOME` on an image the simulator does not know: the folder is not "/".
        config.workdir = path;
        config.unknown = { ...config.unknown, workdir: `named by ${unset}` };
        return empty(`WORKDIR ${ins.path}: ${unset}, so the working directory is unknown. 0 B known.`);
      }
      if (x(ins.path).startsWith('/')) known(b, 'workdir');
      config.workdir = path;
      const writer = new LayerWriter(b.state.tree, b.state.fog);
      const exists = writer.exists(path);
      // BuildKit creates it as the current USER (dispatchWorkdir: llb.Mkdir(wd, 0755, WithUser(user))).
      const owner = runUid(b);
      if (!exists)
        writer.add({
          path,
          kind: 'dir',
          sizeBytes: 32,
          mode: 0o755,
          ...(owner ? { uid: owner, gid: owner } : {}),
        });
      const effect: MetadataEffect = {
        writer,
        explanation: exists
          ? `WORKDIR ${path} already exists: BuildKit still records a step, with nothing new in it.`
          : `WORKDIR creates ${path}: with BuildKit this is a real but tiny layer (docker history shows it as about 32 B).`,
        confidence: 'high',
        citations: [
          {
            text: 'WORKDIR creates a real (tiny) layer under BuildKit',
            source: 'docker/buildx#1910, moby/moby#39456',
          },
        ],
      };
      // The caller records the layer, then commits the writer.
      return effect;
    }
    case 'user': {
      const raw = ins.group ? `${ins.user}:${ins.group}` : ins.user;
      const expanded = expandVariables(raw, vars, escape);
      config.user = expanded.value;
      known(b, 'user');
      // `USER $APP_UID` on an image the simulator does not know: the variable may be the base's ENV
      // (the .NET images set APP_UID=1654), so the user is unknown rather than empty.
      const inheritedEnv = config.unknown?.env;
      if (inheritedEnv && expanded.undefinedVars.length > 0) {
        const names = [...new Set(expanded.undefinedVars)].map((n) => `$${n}`).join(', ');
        config.unknown = {
          ...config.unknown,
          user: `named by ${names}, which this Dockerfile does not set: its value ${inheritedEnv.replace(/^comes/, 'would come')}`,
        };
        return empty(`USER ${raw}: ${names} is not set here, so the user is unknown. 0 B.`);
      }
      return empty(`USER ${config.user}: later RUN steps and the container run as this user. 0 B.`);
    }
    case 'cmd':
      config.cmd = ins.command.form === 'exec' ? [...ins.command.argv] : [ins.command.script];
      config.cmdShellForm = ins.command.form === 'shell';
      b.cmdSet = true;
      known(b, 'cmd');
      return empty(`CMD sets the default command (${ins.command.form} form): metadata only, 0 B.`);
    case 'entrypoint':
      config.entrypoint = ins.command.form === 'exec' ? [...ins.command.argv] : [ins.command.script];
      config.entrypointShellForm = ins.command.form === 'shell';
      // Docker: setting ENTRYPOINT resets a CMD inherited from the base image.
      if (!b.cmdSet) {
        config.cmd = null;
        config.cmdShellForm = false;
        known(b, 'cmd');
      }
      known(b, 'entrypoint');
      return empty(
        `ENTRYPOINT sets the program the container runs (${ins.command.form} form): metadata only, 0 B.`,
      );
    case 'expose':
      for (const p of ins.ports) {
        // Docker records `80` as `80/tcp`, so a port the base image exposes is listed once.
        const port = withProtocol(x(p));
        if (!config.exposedPorts.includes(port)) config.exposedPorts.push(port);
      }
      return empty('EXPOSE documents ports in the image configuration: 0 B.');
    case 'shell':
      config.shell = [...ins.argv];
      return empty(`SHELL sets the shell for shell-form commands to ${ins.argv.join(' ')}: 0 B.`);
    case 'healthcheck':
      config.healthcheck =
        ins.command === null
          ? null
          : ins.command.form === 'exec'
            ? [...ins.command.argv]
            : ['CMD-SHELL', ins.command.script];
      return empty('HEALTHCHECK sets how Docker checks the container: metadata only, 0 B.');
    case 'volume':
      for (const v of ins.paths) {
        const path = x(v);
        if (path && !config.volumes.includes(path)) config.volumes.push(path);
      }
      return empty('VOLUME marks mount points: metadata only, 0 B.');
    case 'stopsignal':
      config.stopSignal = x(ins.value.trim()) || null;
      return empty('STOPSIGNAL sets the signal docker stop sends: metadata only, 0 B.');
    case 'maintainer':
    case 'onbuild':
      return empty(`${ins.keyword.toUpperCase()} is metadata only: 0 B.`);
    default:
      return null;
  }
}
