/**
 * Timed drills: picking a set of questions spread over the lessons, and reading the results back as weak
 * topics with links to the lessons that teach them.
 */
import { lessonHref, LESSON_IDS } from './lessons';
import type { ClientQuestion } from './prepare';
import type { QuestionGrade } from './score';
import { shuffled } from './prepare';

/** A lesson the learner lost points on in a drill. */
export interface WeakTopic {
  lesson: string;
  topic: string;
  href: string;
  /** Points lost in this lesson's questions. */
  lost: number;
  /** Questions asked from this lesson. */
  asked: number;
}

/**
 * Picks `count` questions, taking them round-robin from the lessons (in a random order within each
 * lesson) so a drill covers the course evenly. Estimates without a simulator figure are left out.
 */
export function pickDrill(
  questions: readonly ClientQuestion[],
  count: number,
  random: () => number,
): ClientQuestion[] {
  const usable = questions.filter((q) => q.kind !== 'estimate' || q.figure);
  const byLesson = new Map<string, ClientQuestion[]>();
  for (const q of shuffled(usable, random)) {
    const list = byLesson.get(q.lesson) ?? [];
    list.push(q);
    byLesson.set(q.lesson, list);
  }
  const lessons = shuffled([...byLesson.keys()], random);
  const picked: ClientQuestion[] = [];
  while (picked.length < Math.min(count, usable.length)) {
    for (const lesson of lessons) {
      const next = byLesson.get(lesson)?.shift();
      if (next && picked.length < count) picked.push(next);
    }
  }
  return shuffled(picked, random);
}

/** Lessons whose questions lost points, the worst first (then in course order). */
export function weakTopics(
  questions: readonly ClientQuestion[],
  grades: Readonly<Record<string, QuestionGrade>>,
): WeakTopic[] {
  const byLesson = new Map<string, WeakTopic>();
  for (const q of questions) {
    const grade = grades[q.id];
    const lost = 1 - (grade?.score ?? 0);
    const entry = byLesson.get(q.lesson) ?? {
      lesson: q.lesson,
      topic: q.topic,
      href: lessonHref(q.lesson),
      lost: 0,
      asked: 0,
    };
    entry.lost += lost;
    entry.asked += 1;
    byLesson.set(q.lesson, entry);
  }
  const order = (id: string) => (LESSON_IDS as readonly string[]).indexOf(id);
  return [...byLesson.values()]
    .filter((t) => t.lost > 0)
    .map((t) => ({ ...t, lost: Math.round(t.lost * 100) / 100 }))
    .sort((a, b) => b.lost / b.asked - a.lost / a.asked || order(a.lesson) - order(b.lesson));
}

/** `m:ss` for a duration in milliseconds (rounded up to whole seconds). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
