import { Island } from '@/components/mdx/island';
import { challengeItem } from './exercise-data';

/** Props of `<Challenges>`. */
export interface ChallengesProps {
  /** Exercise folders under `content/exercises/`, easiest first. */
  ids: string[];
}

/**
 * A lesson's challenge ladder: its exercises one at a time ("Challenge 1 of 3"), each with its kind and
 * level, Previous and Next, and the ones the learner has completed marked. Build-kind challenges open the
 * exercise lab; "predict" and "find the biggest layer" ask for an answer and check it against the
 * simulation. Loaded at build time; an unknown or invalid exercise fails the build.
 *
 * ```mdx
 * <Challenges ids={["02-shrink-the-calculator", "02-predict-the-multi-stage-build"]} />
 * ```
 */
export function Challenges({ ids }: ChallengesProps) {
  if (!Array.isArray(ids) || ids.length === 0) {
    throw new Error('<Challenges> needs ids={["NN-name", …]} with at least one exercise.');
  }
  return (
    <Island
      name="challenges"
      props={{
        domKey: `challenges-${ids[0].replace(/[^A-Za-z0-9_-]+/g, '-')}`,
        challenges: ids.map(challengeItem),
      }}
    />
  );
}
