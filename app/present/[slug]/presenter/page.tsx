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
    title: `${lesson.title} (presenter)`,
    description: lesson.summary,
    alternates: { canonical: `/present/${slug}/presenter/` },
    robots: { index: false },
  };
}

/** The presenter's window: the current slide, the next one, the notes, a timer and the clock. */
export default async function PresenterPage({ params }: { params: Promise<Params> }) {
  const { slug } = await params;
  if (!findLesson(slug)) notFound();
  return <Deck slug={slug} mode="presenter" />;
}
