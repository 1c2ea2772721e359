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

/** Loaders of the lesson islands, by name. */
export const ISLANDS: { [N in IslandName]: () => Promise<ComponentType<IslandPropsMap[N]>> } = {
  'dockerfile-lab': () => import('@/components/lab/dockerfile-lab').then((m) => m.DockerfileLab),
  'compare-lab': () => import('@/components/lab/compare-lab').then((m) => m.CompareLab),
  'exercise-lab': () => import('@/components/lab/exercise-lab').then((m) => m.ExerciseLab),
  challenges: () => import('@/components/challenges/challenge-ladder').then((m) => m.ChallengeLadder),
  'lesson-quiz': () => import('@/components/quiz/lesson-quiz').then((m) => m.LessonQuiz),
  terminal: () => import('@/components/terminal/terminal').then((m) => m.Terminal),
};
