import type { Metadata } from 'next';
import { pageMetadata } from '@/components/course/page-metadata';
import { Playground } from '@/components/lab/playground';
import { listExamples, loadExample } from '@/lib/course/examples';

export const metadata: Metadata = pageMetadata({
  title: 'Playground',
  description:
    'Edit any example Dockerfile, or start from an empty one, and watch the simulated build: stages, layers, sizes, files and docker run. Share it as a link.',
  path: '/playground/',
});

export default function PlaygroundPage() {
  const examples = listExamples().map((info) => {
    const example = loadExample(info.id);
    // The build contexts are fetched when picked (app/examples/[id]/context.json), not carried here.
    return { id: example.id, title: example.title, dockerfiles: example.dockerfiles };
  });
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-[90rem] px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-zinc-950 dark:text-white">Playground</h1>
      <p className="mt-3 max-w-3xl text-zinc-700 dark:text-zinc-300">
        Pick an example or start from an empty Dockerfile, change it, and watch what Docker would do. Every
        figure is the simulator&apos;s estimate. <strong>Share a link</strong> puts the whole state in the
        link itself: nothing is uploaded.
      </p>
      <div className="mt-6">
        {/* The simulation panel's sections are h3: this keeps the outline in order (h1, h2, h3). */}
        <h2 className="sr-only">Your Dockerfile and its simulated image</h2>
        <Playground examples={examples} />
      </div>
    </main>
  );
}
