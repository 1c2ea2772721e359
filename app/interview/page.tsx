import type { Metadata } from 'next';
import { InterviewPrep } from '@/components/quiz/interview-prep';
import { estimateFigures } from '@/lib/quiz/figures';
import { loadQuizContent } from '@/lib/quiz/load';
import { prepareFlashcards, prepareQuestions } from '@/lib/quiz/prepare';

export const metadata: Metadata = {
  title: 'Interview preparation',
  description:
    'Practise for DevOps interviews on multi-stage Docker builds and distroless images: a question bank with explanations, timed drills, flashcards with model answers and a mock interview.',
};

/** The interview preparation page: practice, timed drills, flashcards and a mock interview over the question bank. */
export default function InterviewPage() {
  const { bank, flashcards } = loadQuizContent();
  const questions = prepareQuestions(bank, estimateFigures(bank));
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">Interview preparation</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        {questions.length} questions covering every lesson, each with an explanation for every answer and a
        link to the lesson that teaches it, plus {flashcards.length} open questions with model answers.
        Practise at your own pace, run a timed drill, or rehearse the open questions interviewers ask, such as
        “what practical problems have you faced with containers, and how did you solve them?”, as flashcards
        or in a mock interview that asks them in turn.
      </p>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Scoring: every question is worth 1 point. Multiple choice earns (right ticks − wrong ticks) ÷ right
        options; ordering earns full marks for the exact order, otherwise up to half a point for the pairs in
        the right order; estimates earn full marks inside the stated band around the simulator&apos;s figure
        and half inside twice the band.
      </p>
      <div className="mt-8">
        <InterviewPrep questions={questions} flashcards={prepareFlashcards(flashcards)} />
      </div>
    </main>
  );
}
