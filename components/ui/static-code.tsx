import { highlightToHtml } from '@/lib/course/lessons-highlight';
import { CodeFrame } from './code-frame';

/**
 * Highlighted, read-only code rendered at build time (server component), in the same frame as lesson code
 * blocks. Used for Dockerfiles shown before (or instead of) an editor.
 */
export async function StaticCode({
  code,
  language,
  title,
}: {
  code: string;
  language: string;
  title?: string;
}) {
  const html = await highlightToHtml(code.replace(/\n$/, ''), language);
  return (
    <CodeFrame language={language} title={title}>
      <div className="code-body" dangerouslySetInnerHTML={{ __html: html }} />
    </CodeFrame>
  );
}
