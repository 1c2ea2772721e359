import { describe, expect, it } from 'vitest';
import { loadExercise, listExercises } from '@/lib/course/exercises';
import { loadQuizContent } from '@/lib/quiz/load';
import { prepareFlashcards, prepareQuestions } from '@/lib/quiz/prepare';
import { isBlockHtml, renderMarkdown } from './index';

/** The text a reader sees: tags dropped, entities decoded. */
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"');

describe('renderMarkdown', () => {
  it('renders one paragraph inline, with code spans and strong text', () => {
    const html = renderMarkdown('Use `COPY --from=build` and **only** that.');
    expect(html).toBe('Use <code>COPY --from=build</code> and <strong>only</strong> that.');
    expect(isBlockHtml(html)).toBe(false);
  });

  it('renders paragraphs and lists as blocks', () => {
    const html = renderMarkdown('First.\n\nThen:\n- one\n- `two`');
    expect(html).toBe('<p>First.</p><p>Then:</p><ul>\n<li>one</li>\n<li><code>two</code></li>\n</ul>');
    expect(isBlockHtml(html)).toBe(true);
  });

  it('shows raw HTML as text and never as markup', () => {
    expect(renderMarkdown('docker exec -it <container> sh')).toBe('docker exec -it &#x3C;container> sh');
    expect(renderMarkdown('<script>alert(1)</script>')).not.toContain('<script');
    expect(renderMarkdown('<img src=x onerror=alert(1)>')).not.toContain('<img');
  });

  it('keeps only safe link targets and shows images as their alt text', () => {
    expect(renderMarkdown('[docs](https://docs.docker.com/)')).toBe(
      '<a href="https://docs.docker.com/">docs</a>',
    );
    expect(renderMarkdown('[x](javascript:alert(1))')).toBe('<a>x</a>');
    expect(renderMarkdown('![a diagram](https://example.com/a.png)')).toBe('a diagram');
  });
});

describe('the course texts through the pipeline', () => {
  it('show every quiz and flashcard text as written, inline, with code spans only', () => {
    const content = loadQuizContent();
    const questions = prepareQuestions([
      ...content.bank,
      ...[...content.lessonQuizzes.values()].flatMap((f) => f.questions),
    ]);
    const pairs: [string, string][] = [];
    const seen = (html: string, text: string) => pairs.push([html, text]);
    const source = [...content.bank, ...[...content.lessonQuizzes.values()].flatMap((f) => f.questions)];
    questions.forEach((q, i) => {
      const from = source[i];
      seen(q.prompt, from.prompt);
      if (q.explanation && from.explanation) seen(q.explanation, from.explanation);
      if ('options' in q && 'options' in from)
        q.options.forEach((o) => {
          const original = from.options.find((x) => x.id === o.id)!;
          seen(o.text, original.text);
          seen(o.explanation, original.explanation);
        });
      if ('steps' in q && 'steps' in from) q.steps.forEach((s, j) => seen(s.text, from.steps[j].text));
      if ('lines' in q && 'lines' in from) q.lines.forEach((l, j) => seen(l.text, from.lines[j].text));
    });
    prepareFlashcards(content.flashcards).forEach((card, i) => {
      seen(card.question, content.flashcards[i].question);
      card.keyPoints.forEach((p, j) => seen(p, content.flashcards[i].keyPoints[j]));
    });
    expect(pairs.length).toBeGreaterThan(1000);
    for (const [html, text] of pairs) {
      expect(isBlockHtml(html as never), text).toBe(false);
      expect(html.replace(/<\/?code>/g, ''), text).not.toMatch(/<[a-z]/);
      expect(visible(html), text).toBe(text.replace(/`([^`]+)`/g, '$1'));
    }
  });

  it('show every exercise instruction and hint with its words intact (emphasis marks aside)', () => {
    for (const { id } of listExercises()) {
      const exercise = loadExercise(id);
      for (const text of [exercise.instructions, ...exercise.hints]) {
        // Whitespace aside: paragraphs and list items become elements.
        const shown = visible(renderMarkdown(text)).replace(/\s+/g, '');
        const words = text
          .replace(/`|\*\*|^\s*- /gm, '')
          .replace(/\*(\S[^*]*?)\*/g, '$1')
          .replace(/\s+/g, '');
        expect(shown, `${id}: ${text}`).toBe(words);
      }
    }
  });
});
