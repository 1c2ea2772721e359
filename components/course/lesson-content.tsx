import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from '@/components/mdx/registry';

/** Renders a compiled lesson body (mdx-bundler module code) with the lesson tags from the registry. */
export function LessonContent({ code }: { code: string }) {
  // The MDX module is a plain function of its props; calling it keeps the component identity out of render.
  const render = getMDXComponent(code);
  return render({ components: mdxComponents });
}
