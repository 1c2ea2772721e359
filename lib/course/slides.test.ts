import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLessonFile } from './lessons-compile';
import type { LessonMeta } from './lessons';
import { excerptOf, rehypeSlides, type SlideInfo } from './slides';
import { compileSlides } from './slides-compile';
import { listLessons } from './lessons';

async function slidesOf(source: string): Promise<{ code: string; slides: SlideInfo[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slides-'));
  const file = path.join(dir, 'index.mdx');
  fs.writeFileSync(file, source);
  const slides: SlideInfo[] = [];
  const lesson = { dir, file, slug: 'x', title: 'X', body: source } as unknown as LessonMeta;
  const { code } = await compileLessonFile(lesson, [rehypeSlides(slides)]);
  return { code, slides };
}

describe('rehypeSlides', () => {
  it('cuts at ## headings and <Slide/> breaks, lifts notes out and counts steps', async () => {
    const { code, slides } = await slidesOf(
      [
        'Opening words.',
        '',
        '<Notes>Say hello.</Notes>',
        '',
        '## First part',
        '',
        'Body one.',
        '',
        '<Step>Revealed first.</Step>',
        '',
        '<Step>Revealed second.</Step>',
        '',
        '### A subsection stays on the slide',
        '',
        '<Slide title="A break" />',
        '',
        'After the break.',
        '',
        '<Notes>Ask the class.</Notes>',
      ].join('\n'),
    );
    expect(slides.map((s) => s.title)).toEqual([null, 'First part', 'A break']);
    expect(slides.map((s) => s.steps)).toEqual([0, 2, 0]);
    expect(slides.map((s) => s.hasNotes)).toEqual([true, false, true]);
    expect(slides[1]!.anchor).toBe('first-part');
    expect(slides[0]!.excerpt).toBe('Opening words.');
    // Each slide is a section; each note sits beside it, not inside it.
    const attrs = (name: string) =>
      [...code.matchAll(new RegExp(`"${name}":\\s*"(\\d)"`, 'g'))].map((m) => m[1]);
    expect(attrs('data-slide')).toEqual(['0', '1', '2']);
    expect(attrs('data-slide-notes')).toEqual(['0', '2']);
  });

  it('keeps a lesson without headings as one slide', async () => {
    const { slides } = await slidesOf('Just prose.\n\nMore prose.');
    expect(slides).toHaveLength(1);
    expect(slides[0]!.excerpt).toBe('Just prose. More prose.');
  });

  it('cuts long excerpts at a sentence or a word', () => {
    const long = `${'word '.repeat(20)}end. ${'more '.repeat(40)}`;
    expect(excerptOf(long)).toMatch(/end\.$/);
    expect(excerptOf('a'.repeat(10) + ' b'.repeat(100)).endsWith('…')).toBe(true);
  });
});

describe('every lesson as slides', () => {
  it('has one slide per ## section (plus its opening) and notes on every slide', async () => {
    for (const lesson of listLessons()) {
      const compiled = await compileSlides(lesson.slug)!;
      const sections = lesson.body.split('\n').filter((line) => /^## /.test(line)).length;
      expect(compiled.slides.length, lesson.slug).toBeGreaterThanOrEqual(sections);
      const missing = compiled.slides.filter((s) => !s.hasNotes).map((s) => s.title ?? '(opening)');
      expect(missing, `${lesson.slug}: slides without notes`).toEqual([]);
    }
  }, 120_000);
});
