/**
 * A stage being built: its state, its layers, and its starting point (image, scratch or stage).
 */
import type { Confidence } from '../../catalog/types';
import type { ImageConfig, Layer } from '../types';
import type { FsTree } from '../fs/tree';
import type { BaseStart } from '../effects/from';
import type { StageState } from '../effects/types';

/** A stage's full build state: the effects' state plus config, layers and base facts. */
export interface StageBuild {
  state: StageState;
  config: ImageConfig;
  layers: Layer[];
  libc: BaseStart['libc'];
  baseLabel: string;
  /** `--build-arg` values (they override ARG defaults). */
  buildArgs: Record<string, string>;
  /** True once CMD was set in this stage (ENTRYPOINT then keeps it). */
  cmdSet: boolean;
}

/** Copy a stage's build so a later `FROM <stage>` continues from it without changing it. */
export function forkStage(src: StageBuild, index: number): StageBuild {
  const tree: FsTree = new Map(src.state.tree);
  return {
    state: {
      ...src.state,
      index,
      tree,
      contents: new Map(src.state.contents),
      env: { ...src.state.env },
      args: {},
      vars: {},
      runtimes: [...src.state.runtimes],
      installed: new Set(src.state.installed),
      fog: src.state.fog.map((f) => ({ ...f })),
    },
    config: {
      ...src.config,
      env: { ...src.config.env },
      labels: { ...src.config.labels },
      exposedPorts: [...src.config.exposedPorts],
      shell: [...src.config.shell],
    },
    layers: [...src.layers],
    libc: src.libc,
    baseLabel: src.baseLabel,
    buildArgs: src.buildArgs,
    cmdSet: false,
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
