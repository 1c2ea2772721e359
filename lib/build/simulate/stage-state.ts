/**
 * A stage being built: its state, its layers, and its starting point (image, scratch or stage).
 */
import type { Confidence } from '../../catalog/types';
import type { ImageConfig, Layer } from '../types';
import { cloneTree, type FsTree } from '../fs/tree';
import type { BaseStart } from '../effects/from';
import type { StageState } from '../effects/types';

/** A stage's full build state: the effects' state (with its config), layers and base facts. */
export interface StageBuild {
  state: StageState;
  layers: Layer[];
  libc: BaseStart['libc'];
  baseLabel: string;
  /** `--build-arg` values (they override ARG defaults). */
  buildArgs: Record<string, string>;
  /** True once CMD was set in this stage (ENTRYPOINT then keeps it). */
  cmdSet: boolean;
}

/**
 * Copy a stage's build so a later `FROM <stage>` continues from it without changing it. With `move`,
 * the tree and texts are taken over instead (the source must not be read again).
 */
export function forkStage(src: StageBuild, index: number, move = false): StageBuild {
  const tree: FsTree = move ? src.state.tree : cloneTree(src.state.tree);
  return {
    state: {
      ...src.state,
      index,
      tree,
      contents: move ? src.state.contents : new Map(src.state.contents),
      config: copyConfig(src.state.config),
      args: {},
      vars: {},
      runtimes: [...src.state.runtimes],
      installed: new Set(src.state.installed),
      fog: src.state.fog.map((f) => ({ ...f })),
    },
    layers: [...src.layers],
    libc: src.libc,
    baseLabel: src.baseLabel,
    buildArgs: src.buildArgs,
    cmdSet: false,
  };
}

/** A copy of `config` whose records and lists a stage may change without touching the original. */
export function copyConfig(config: ImageConfig): ImageConfig {
  return {
    ...config,
    env: { ...config.env },
    labels: { ...config.labels },
    exposedPorts: [...config.exposedPorts],
    shell: [...config.shell],
    volumes: [...config.volumes],
    ...(config.unknown ? { unknown: { ...config.unknown } } : {}),
  };
}

const ORDER: readonly Confidence[] = ['low', 'medium', 'high', 'exact'];

/** The lowest of confidences (exact > high > medium > low). */
export function lowest(values: Iterable<Confidence>, fallback: Confidence = 'exact'): Confidence {
  const order = ORDER;
  let min = order.indexOf(fallback);
  for (const v of values) min = Math.min(min, order.indexOf(v));
  return order[Math.max(0, min)];
}
