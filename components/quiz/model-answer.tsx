import type { FlashcardRating } from '@/lib/progress';
import type { ClientFlashcard } from '@/lib/quiz/prepare';
import { Markdown } from '@/components/ui/markdown';

/** The four self-ratings of an open question, with what each means. */
export const RATINGS: Array<{ value: FlashcardRating; label: string; hint: string }> = [
  { value: 'again', label: 'Again', hint: 'I could not answer it' },
  { value: 'hard', label: 'Hard', hint: 'I got parts of it' },
  { value: 'good', label: 'Good', hint: 'I got the key points' },
  { value: 'easy', label: 'Easy', hint: 'I could give this answer in an interview' },
];

/** A rating's label. */
export const RATING_TEXT: Record<FlashcardRating, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

/**
 * An open question's key points, model answer and lesson link, then the self-rating buttons (the
 * current rating pressed). Used by the flashcards and the mock interview.
 */
export function ModelAnswer({
  card,
  keyPointsTitle,
  ratingLegend,
  rating,
  onRate,
}: {
  card: ClientFlashcard;
  keyPointsTitle: string;
  ratingLegend: string;
  rating: FlashcardRating | null;
  onRate(value: FlashcardRating): void;
}) {
  return (
    <>
      <h4 className="font-semibold">{keyPointsTitle}</h4>
      <ul className="list-disc space-y-1 pl-6">
        {card.keyPoints.map((point) => (
          <li key={point}>
            <Markdown html={point} />
          </li>
        ))}
      </ul>
      <h4 className="font-semibold">A model answer</h4>
      {card.answer.map((paragraph, i) => (
        <p key={i}>
          <Markdown html={paragraph} />
        </p>
      ))}
      <p>
        <a href={card.href} className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
          Read more in “{card.topic}”
        </a>
      </p>
      <fieldset>
        <legend className="font-semibold">{ratingLegend}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {RATINGS.map((r) => (
            <button
              key={r.value}
              type="button"
              onClick={() => onRate(r.value)}
              aria-pressed={rating === r.value}
              title={r.hint}
              className="rounded-lg border border-zinc-400 px-3 py-1.5 font-medium hover:bg-zinc-100 aria-pressed:border-accent-700 aria-pressed:bg-accent-50 dark:border-zinc-600 dark:hover:bg-zinc-800 dark:aria-pressed:bg-accent-900/40"
            >
              {r.label}
              <span className="sr-only">: {r.hint}</span>
            </button>
          ))}
        </div>
      </fieldset>
    </>
  );
}
