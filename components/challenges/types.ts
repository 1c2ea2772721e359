/**
 * The data a challenge ladder receives from the build: plain, serialisable props. Built by
 * `components/mdx/exercise-data.ts` on the server.
 */
import type { ExerciseLabProps } from '@/components/lab/exercise-lab';
import type { BuildContext } from '@/lib/build/types';
import type { LayerChoice } from '@/lib/course/challenges';
import type { ChallengeKind } from '@/lib/course/exercise-types';
import type { Html } from '@/lib/markdown/html';

/** What an answered challenge (predict, find) needs: the Dockerfile, its build context and target. */
export interface AnsweredChallengeProps {
  id: string;
  /** Rendered from Markdown at build time. */
  instructions: Html;
  hints: Html[];
  exampleId: string;
  context: BuildContext;
  target: string | null;
  dockerfile: string;
}

/** A "predict" challenge: the stage names to choose from (not which are built: the check simulates). */
export interface PredictChallengeProps extends AnsweredChallengeProps {
  stages: string[];
}

/** A "find the biggest layer" challenge: the final image's instructions (not their sizes). */
export interface FindChallengeProps extends AnsweredChallengeProps {
  layers: LayerChoice[];
}

/** One challenge of a ladder. */
export type ChallengeItem = { id: string; title: string; kind: ChallengeKind; level: number } & (
  | { body: 'lab'; lab: ExerciseLabProps }
  | { body: 'predict'; predict: PredictChallengeProps }
  | { body: 'find'; find: FindChallengeProps }
);

/** Props of the ladder island. */
export interface ChallengeLadderProps {
  /** A key unique on the page, for element ids. */
  domKey: string;
  challenges: ChallengeItem[];
}
