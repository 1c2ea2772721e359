import { readableSize } from '@/lib/build/format';
import type { Confidence } from '@/lib/catalog/types';
import { goalPicture, type GoalBar, type SegmentRole } from '@/lib/course/goal-picture';
import { TALK_DEMO, TALK_SOURCE_ID } from '@/lib/course/talk';
import { EXTERNAL_COLOR, stageColor } from '@/components/simulator/stage-colors';

/** Colour and plain words for each kind of layer (the words are always printed beside the colour). */
const ROLES: Record<SegmentRole, { color: string; words: string }> = {
  base: { color: EXTERNAL_COLOR.solid, words: 'base image' },
  build: { color: stageColor(1).solid, words: 'needed only to build' },
  ships: { color: stageColor(0).solid, words: 'holds the program that ships' },
};

/** Narrowest a non-empty segment is drawn, in pixels, so a 1.8 MB layer stays visible beside 800 MB. */
const MIN_SEGMENT_PX = 4;

function Estimated({ bytes, confidence }: { bytes: number; confidence: Confidence }) {
  const estimate = confidence !== 'exact';
  return (
    <span className="tabular-nums">
      {estimate ? <span aria-hidden="true">≈ </span> : null}
      {readableSize(bytes)}
      {estimate ? (
        <span className="sr-only"> (estimated by the simulator, {confidence} confidence)</span>
      ) : null}
    </span>
  );
}

function Bar({
  bar,
  title,
  talkBytes,
  testId,
}: {
  bar: GoalBar;
  title: string;
  talkBytes: number;
  testId: string;
}) {
  return (
    <div data-testid={testId}>
      <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <span className="font-semibold text-zinc-950 dark:text-white">{title}</span>
        <span className="text-zinc-700 dark:text-zinc-300">
          <span className="text-base font-bold text-zinc-950 dark:text-white">
            <Estimated bytes={bar.sizeBytes} confidence={bar.confidence} />
          </span>{' '}
          simulated · the talk: {readableSize(talkBytes)}
        </span>
      </p>
      <div
        aria-hidden="true"
        className="mt-1 flex h-7 w-full overflow-hidden rounded-sm bg-zinc-100 dark:bg-zinc-800"
      >
        {bar.segments.map((segment, i) => (
          <span
            key={i}
            className="h-full border-r border-white last:border-r-0 dark:border-zinc-900"
            style={{
              width: `${segment.fraction * 100}%`,
              minWidth: MIN_SEGMENT_PX,
              background: ROLES[segment.role].color,
            }}
          />
        ))}
      </div>
      <ul className="mt-1.5 space-y-0.5 text-xs text-zinc-700 dark:text-zinc-300">
        {bar.segments.map((segment, i) => (
          <li key={i} className="flex items-start gap-1.5">
            <span
              aria-hidden="true"
              className="mt-0.5 inline-block size-3 shrink-0 rounded-sm"
              style={{ background: ROLES[segment.role].color }}
            />
            <span className="min-w-0">
              <Estimated bytes={segment.sizeBytes} confidence={segment.confidence} />{' '}
              <span className="font-medium">{ROLES[segment.role].words}</span>:{' '}
              <code className="font-mono break-words">{segment.instruction}</code>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Where the course is heading, as a picture: the talk's calculator built in one stage and in two,
 * each image as a bar of its layers on the same linear scale, the layers that hold the shipped program
 * marked in both. Sizes are simulated when the site is built (≈ and the confidence for screen readers),
 * beside the talk's own figures with a link to their source. Server-rendered; no script.
 */
export function CourseGoal({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const picture = goalPicture(TALK_DEMO.example, TALK_DEMO.singleStage.file, TALK_DEMO.multiStage.file);
  if (!picture.ok) {
    return (
      <p className="rounded bg-zinc-100 px-2 py-1 text-zinc-700 italic dark:bg-zinc-800 dark:text-zinc-300">
        [picture unavailable: {picture.reason}]
      </p>
    );
  }
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure
      aria-labelledby="course-goal-title"
      data-testid="course-goal"
      className="not-prose my-6 rounded-lg border border-zinc-200 p-4 sm:p-5 dark:border-zinc-800"
    >
      <Heading
        id="course-goal-title"
        className="mt-0 mb-3 text-base font-semibold text-zinc-950 sm:text-lg dark:text-white"
      >
        Where you are heading: the same program, without its toolbox
      </Heading>
      <div className="flex flex-col gap-5">
        <Bar
          bar={picture.from}
          title="Built in one stage (lesson 1)"
          talkBytes={TALK_DEMO.singleStage.bytes}
          testId="course-goal-from"
        />
        <Bar
          bar={picture.to}
          title="Built in two stages, shipped on scratch (lesson 2)"
          talkBytes={TALK_DEMO.multiStage.bytes}
          testId="course-goal-to"
        />
      </div>
      <figcaption className="mt-4 text-xs leading-relaxed text-zinc-600 dark:text-zinc-400">
        Both bars use one linear scale, so the small image is a sliver of{' '}
        {(picture.to.fraction * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} % of the width;
        every layer is drawn at least {MIN_SEGMENT_PX} pixels wide to stay visible. The program is the same in
        both: in one stage it ships with the Ubuntu base and the Go toolchain it was built with; in two, it
        ships alone. Sizes marked ≈ are the simulator&apos;s estimates, as <code>docker images</code> would
        show them; the talk&apos;s own figures are from its demo:{' '}
        <a
          href={`/sources/#${TALK_SOURCE_ID}`}
          className="text-accent-700 underline underline-offset-2 dark:text-accent-300"
        >
          where they come from
        </a>
        .
      </figcaption>
    </figure>
  );
}
