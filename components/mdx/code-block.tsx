import type { ComponentPropsWithoutRef } from 'react';
import { CodeFrame } from '@/components/ui/code-frame';

type PreProps = ComponentPropsWithoutRef<'pre'> & { 'data-language'?: string; 'data-title'?: string };

/**
 * Renders a fenced code block: the `pre` was already highlighted at build time by the lesson compiler,
 * which also put the language and optional title on it as data attributes.
 */
export function CodeBlock(props: PreProps) {
  const { 'data-language': language, 'data-title': title, ...rest } = props;
  return (
    <CodeFrame language={language ?? null} title={title ?? null}>
      <pre {...rest} />
    </CodeFrame>
  );
}
