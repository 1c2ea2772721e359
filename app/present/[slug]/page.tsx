import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Deck } from '@/components/present/deck';
import { findLesson, listLessons } from '@/lib/course/lessons';
import '@/components/present/present.css';

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listLessons().map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { slug } = await params;
  const lesson = findLesson(slug);
  if (!lesson) return {};
  return {
    title: `${lesson.title} (slides)`,
    description: lesson.summary,
    // The slides are the lesson cut into pieces: search engines are pointed at the lesson itself (a
    // canonical link, not `noindex`, so the page stays crawlable and its links count).
    alternates: { canonical: `/learn/${slug}/` },
  };
}

/** The audience's window of a lesson presented in class: the slides, live labs, no notes. */
export default async function PresentPage({ params }: { params: Promise<Params> }) {
  const { slug } = await params;
  if (!findLesson(slug)) notFound();
  return <Deck slug={slug} mode="audience" />;
}
