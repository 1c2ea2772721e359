/**
 * Quiz questions as data: a discriminated union on `kind`, with zod schemas that check the shape of
 * `content/quizzes/**` files. Rules that need more than the shape (how many options are correct, known
 * lessons, anchors that exist) are checked by `validate.ts`.
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by dashes');
const text = z.string().trim().min(1);

/** An answer choice: its text, whether it is correct, and why (shown after answering). */
export const optionSchema = z.object({ id, text, correct: z.boolean(), explanation: text }).strict();

/** A code sample shown with the prompt. */
export const codeSchema = z
  .object({ lang: z.enum(['dockerfile', 'sh', 'go', 'python', 'java', 'text']), text })
  .strict();

const base = {
  id,
  /** The lesson that teaches it (`NN-slug`). */
  lesson: z.string(),
  /** A heading id in that lesson (github-slugger slug), or absent to link the lesson itself. */
  anchor: z.string().optional(),
  prompt: text,
  code: codeSchema.optional(),
  /** Shown after answering, beside the per-option explanations. */
  explanation: text.optional(),
};

/** One correct option. */
export const singleSchema = z
  .object({ ...base, kind: z.literal('single'), options: z.array(optionSchema) })
  .strict();

/** Any number of correct options (at least one correct, at least one wrong). */
export const multipleSchema = z
  .object({ ...base, kind: z.literal('multiple'), options: z.array(optionSchema) })
  .strict();

/** A step of an ordering question, listed in the correct order in the data. */
export const stepSchema = z.object({ id, text, explanation: text }).strict();

/** Put the steps in order (the data lists them in the correct order; they are shown shuffled). */
export const orderSchema = z
  .object({ ...base, kind: z.literal('order'), steps: z.array(stepSchema) })
  .strict();

/** Why a line of a spot-the-problem Dockerfile is or is not the problem. */
export const lineExplanationSchema = z.object({ line: z.number().int().positive(), text }).strict();

/** Spot the problem: the learner picks the line of `dockerfile` that causes it. */
export const spotLineSchema = z
  .object({
    ...base,
    kind: z.literal('spot-line'),
    dockerfile: text,
    /** 1-based line of the problem. */
    answerLine: z.number().int().positive(),
    /** An explanation for every selectable (non-blank, non-comment) line. */
    lines: z.array(lineExplanationSchema),
  })
  .strict();

/** Predict what happens: which stages run, whether the container starts, which error `docker run` prints. */
export const predictSchema = z
  .object({
    ...base,
    kind: z.literal('predict'),
    outcome: z.enum(['stages', 'starts', 'run-error']),
    /** The command whose outcome is asked for, e.g. `docker build --target build .`. */
    command: text.optional(),
    options: z.array(optionSchema),
  })
  .strict();

/** Where an estimate's Dockerfile comes from: an example's file, with that example as the build context. */
export const estimateSourceSchema = z
  .object({ example: id, file: z.string().min(1), target: z.string().min(1).optional() })
  .strict();

/**
 * Estimate the size of the image the Dockerfile builds, in MB (decimal, as `docker images` prints). The
 * answer is checked against the simulator's figure for that Dockerfile, never a number written here.
 */
export const estimateSchema = z
  .object({
    ...base,
    kind: z.literal('estimate'),
    source: estimateSourceSchema,
    /** Full marks within ± this percentage of the simulator's figure; half marks within twice it. */
    tolerancePercent: z.number().positive().max(100),
    explanation: text,
  })
  .strict();

/** Any question. */
export const questionSchema = z.discriminatedUnion('kind', [
  singleSchema,
  multipleSchema,
  orderSchema,
  spotLineSchema,
  predictSchema,
  estimateSchema,
]);

/** A lesson's end check: `content/quizzes/lessons/<lesson id>.json`. */
export const lessonQuizFileSchema = z
  .object({ id: z.string(), title: text, questions: z.array(questionSchema) })
  .strict();

/** A file of the interview bank: `content/quizzes/interview/<topic>.json`. */
export const bankFileSchema = z.object({ topic: text, questions: z.array(questionSchema) }).strict();

/** An open question with a model answer, rated by the learner. */
export const flashcardSchema = z
  .object({
    id,
    lesson: z.string(),
    anchor: z.string().optional(),
    question: text,
    /** Paragraphs of the model answer. */
    answer: z.array(text).min(1),
    /** Short points an interviewer listens for. */
    keyPoints: z.array(text).min(1),
  })
  .strict();

/** `content/quizzes/flashcards.json`. */
export const flashcardFileSchema = z.object({ cards: z.array(flashcardSchema) }).strict();

export type QuizOption = z.infer<typeof optionSchema>;
export type OrderStep = z.infer<typeof stepSchema>;
export type SingleQuestion = z.infer<typeof singleSchema>;
export type MultipleQuestion = z.infer<typeof multipleSchema>;
export type OrderQuestion = z.infer<typeof orderSchema>;
export type SpotLineQuestion = z.infer<typeof spotLineSchema>;
export type PredictQuestion = z.infer<typeof predictSchema>;
export type EstimateQuestion = z.infer<typeof estimateSchema>;
export type EstimateSource = z.infer<typeof estimateSourceSchema>;
/** Any quiz question (discriminated on `kind`). */
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
export type LessonQuizFile = z.infer<typeof lessonQuizFileSchema>;
export type BankFile = z.infer<typeof bankFileSchema>;
export type Flashcard = z.infer<typeof flashcardSchema>;

/**
 * A learner's answer: an option id (single, predict), option ids (multiple), step ids in the chosen order
 * (order), a 1-based line (spot-line) or a size in MB (estimate).
 */
export type QuizAnswer = string | number | string[];
