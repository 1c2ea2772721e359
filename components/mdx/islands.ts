/**
 * The interactive parts a lesson may contain, each fetched as its own chunk when it is first wanted (see
 * `Island`): a lesson's first load carries none of their code. The server renders them in full, so the
 * page reads complete before any of it arrives.
 */
import type { ComponentType } from 'react';
import type { ChallengeLadderProps } from '@/components/challenges/types';
import type { CompareLabProps } from '@/components/lab/compare-lab';
import type { DockerfileLabProps } from '@/components/lab/dockerfile-lab';
import type { ExerciseLabProps } from '@/components/lab/exercise-lab';
import type { LessonQuizProps } from '@/components/quiz/lesson-quiz';
import type { TerminalProps } from '@/components/terminal/terminal';

/** The props of each lesson island, by name. */
export interface IslandPropsMap {
  'dockerfile-lab': DockerfileLabProps;
  'compare-lab': CompareLabProps;
  'exercise-lab': ExerciseLabProps;
  challenges: ChallengeLadderProps;
  'lesson-quiz': LessonQuizProps;
  terminal: TerminalProps;
}

/** The name of a lesson island. */
export type IslandName = keyof IslandPropsMap;

/**
 * Starts fetching the code editor together with a lab's own code: the lab asks for the editor as soon as
 * it is hydrated, and fetching both at once saves a round trip before the editor is ready.
 */
function withEditor<T>(lab: Promise<T>): Promise<T> {
  import('@/components/editor/monaco-view').catch(() => {
    // The lab falls back to a plain text area when the editor cannot load; it reports that itself.
  });
  return lab;
}

/** Loaders of the lesson islands, by name. */
export const ISLANDS: { [N in IslandName]: () => Promise<ComponentType<IslandPropsMap[N]>> } = {
  'dockerfile-lab': () => withEditor(import('@/components/lab/dockerfile-lab')).then((m) => m.DockerfileLab),
  'compare-lab': () => withEditor(import('@/components/lab/compare-lab')).then((m) => m.CompareLab),
  'exercise-lab': () => withEditor(import('@/components/lab/exercise-lab')).then((m) => m.ExerciseLab),
  challenges: () =>
    withEditor(import('@/components/challenges/challenge-ladder')).then((m) => m.ChallengeLadder),
  'lesson-quiz': () => import('@/components/quiz/lesson-quiz').then((m) => m.LessonQuiz),
  terminal: () => import('@/components/terminal/terminal').then((m) => m.Terminal),
};
