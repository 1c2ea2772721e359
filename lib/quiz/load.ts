/**
 * Reads the quiz content at build time (Node only): lesson checks from `content/quizzes/lessons/`, the
 * interview bank from `content/quizzes/interview/` and the flashcards from `content/quizzes/flashcards.json`.
 * Everything is validated on the first read; any problem throws a {@link QuizContentError} naming the file
 * and question, which fails the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { headingIdsFromMdx } from './anchors';
import { LESSON_IDS } from './lessons';
import type { Flashcard, LessonQuizFile, Question } from './types';
import {
  QuizContentError,
  validateBankFile,
  validateFlashcards,
  validateLessonQuiz,
  type QuizIssue,
  type ValidationContext,
} from './validate';

/** A bank question with where it came from. */
export type BankQuestion = Question & { topic: string; file: string };

/** All quiz content, validated. */
export interface QuizContent {
  /** Lesson checks by lesson id. */
  lessonQuizzes: Map<string, LessonQuizFile>;
  /** The interview bank, in file then question order. */
  bank: BankQuestion[];
  flashcards: Flashcard[];
}

/** Where the content lives (defaults: `content/quizzes`, `content/lessons`, `content/examples` under cwd). */
export interface QuizDirs {
  quizzes?: string;
  lessons?: string;
  examples?: string;
}

function readJson(file: string, issues: QuizIssue[]): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    issues.push({ file, questionId: null, message: `cannot be read as JSON (${(error as Error).message})` });
    return undefined;
  }
}

function jsonFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Heading ids of every lesson whose `index.mdx` exists under `lessonsDir`. */
export function readLessonAnchors(lessonsDir: string): Map<string, Set<string>> {
  const anchors = new Map<string, Set<string>>();
  for (const id of LESSON_IDS) {
    const file = path.join(lessonsDir, id, 'index.mdx');
    if (fs.existsSync(file)) anchors.set(id, new Set(headingIdsFromMdx(fs.readFileSync(file, 'utf8'))));
  }
  return anchors;
}

/** Reads and validates all quiz content. Throws a QuizContentError listing every problem. */
export function readQuizContent(dirs: QuizDirs = {}): QuizContent {
  const root = process.cwd();
  const quizzesDir = dirs.quizzes ?? path.join(root, 'content', 'quizzes');
  const examplesDir = dirs.examples ?? path.join(root, 'content', 'examples');
  const ctx: ValidationContext = {
    anchors: readLessonAnchors(dirs.lessons ?? path.join(root, 'content', 'lessons')),
    hasExampleFile: (example, file) => fs.existsSync(path.join(examplesDir, example, file)),
  };
  const issues: QuizIssue[] = [];
  const lessonQuizzes = new Map<string, LessonQuizFile>();
  for (const file of jsonFiles(path.join(quizzesDir, 'lessons'))) {
    const data = readJson(file, issues);
    if (data === undefined) continue;
    const found = validateLessonQuiz(file, path.basename(file, '.json'), data, ctx);
    issues.push(...found);
    if (found.length === 0) lessonQuizzes.set(path.basename(file, '.json'), data as LessonQuizFile);
  }
  const bank: BankQuestion[] = [];
  const seen = new Map<string, string>();
  for (const file of jsonFiles(path.join(quizzesDir, 'interview'))) {
    const data = readJson(file, issues);
    if (data === undefined) continue;
    const found = validateBankFile(file, data, ctx);
    issues.push(...found);
    if (found.length > 0) continue;
    const { topic, questions } = data as { topic: string; questions: Question[] };
    for (const q of questions) {
      const other = seen.get(q.id);
      if (other) issues.push({ file, questionId: q.id, message: `question id is also used in ${other}` });
      seen.set(q.id, file);
      bank.push({ ...q, topic, file: path.relative(root, file) });
    }
  }
  let flashcards: Flashcard[] = [];
  const cardsFile = path.join(quizzesDir, 'flashcards.json');
  if (fs.existsSync(cardsFile)) {
    const data = readJson(cardsFile, issues);
    if (data !== undefined) {
      const found = validateFlashcards(cardsFile, data, ctx);
      issues.push(...found);
      if (found.length === 0) flashcards = (data as { cards: Flashcard[] }).cards;
    }
  }
  if (issues.length > 0) throw new QuizContentError(issues);
  return { lessonQuizzes, bank, flashcards };
}

let cache: QuizContent | null = null;

/** The quiz content of this repository, read and validated once per process. */
export function loadQuizContent(): QuizContent {
  cache ??= readQuizContent();
  return cache;
}

/** A lesson's end check, or null when the lesson has none. */
export function loadLessonQuiz(id: string): LessonQuizFile | null {
  return loadQuizContent().lessonQuizzes.get(id) ?? null;
}
