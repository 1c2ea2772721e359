import { Island } from '@/components/mdx/island';
import { estimateFigures } from '@/lib/quiz/figures';
import { loadLessonQuiz } from '@/lib/quiz/load';
import { prepareQuestions } from '@/lib/quiz/prepare';

/** Props of `<Quiz>`: the quiz's id under `content/quizzes/lessons/` (the lesson id, e.g. `02-multi-stage-builds`). */
export interface QuizProps {
  id: string;
}

/**
 * A lesson's end check. Reads and validates the quiz at build time, computes the simulator's figures for
 * estimate questions, and renders the interactive check. An unknown id fails the build, naming it.
 */
export function Quiz({ id }: QuizProps) {
  const quiz = loadLessonQuiz(id);
  if (!quiz) throw new Error(`<Quiz id="${id}">: there is no content/quizzes/lessons/${id}.json`);
  const questions = prepareQuestions(quiz.questions, estimateFigures(quiz.questions));
  return <Island name="lesson-quiz" props={{ quizId: quiz.id, title: quiz.title, questions }} />;
}
