/**
 * The talk's own headline figures: what `docker images` printed for its Go calculator demo. They are the
 * figures the simulator is calibrated against (`content/claims.json` checks the simulated sizes stay near
 * them); the Sources page entry `talk-demo` says where they come from.
 */

/** The Sources page anchor for the talk's demo and its figures. */
export const TALK_SOURCE_ID = 'talk-demo';

/** The talk's demo example and its two Dockerfiles, with the sizes `docker images` showed in the talk. */
export const TALK_DEMO = {
  example: 'go-calculator',
  singleStage: { file: 'Dockerfile.single-stage', tag: 'simple-calculator', bytes: 861_000_000 },
  multiStage: { file: 'Dockerfile.multi-stage', tag: 'simple-calculator-multi-stage', bytes: 1_830_000 },
} as const;
