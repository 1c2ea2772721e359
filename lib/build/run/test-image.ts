/**
 * A hand-made SimulatedImage for run tests (no simulation needed).
 */
import type { ManifestEntry } from '../../catalog/types';
import { defaultConfig } from '../effects/from';
import { DEFAULT_PATH } from '../fs/which';
import type { ImageConfig, SimulatedImage } from '../types';

/** An image with the given files and config overrides. */
export function testImage(
  files: ManifestEntry[],
  config: Partial<ImageConfig> = {},
  extra: Partial<SimulatedImage> = {},
): SimulatedImage {
  return {
    stageIndex: 0,
    base: null,
    layers: [],
    sizeBytes: 0,
    confidence: 'high',
    config: {
      ...defaultConfig(),
      env: { PATH: DEFAULT_PATH },
      ...config,
    },
    facts: {
      shell: null,
      packageManager: 'none',
      runsAsRoot: true,
      user: 'root',
      runtimes: [],
      libc: { kind: 'none', version: null },
      buildTools: [],
    },
    files,
    fileCount: files.length,
    largestPaths: [],
    ...extra,
  };
}

/** The calculator binary as go build writes it. */
export const CALC_BINARY: ManifestEntry = {
  path: '/app',
  kind: 'elf',
  sizeBytes: 1_793_479,
  linkage: 'static',
  interpreter: null,
  program: 'go-calculator',
  note: 'Go 1.18.1 binary built from /calculator.go',
};
