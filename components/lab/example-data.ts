/**
 * Build-time access to an example's Dockerfiles for the lab tags (server only): loads each example
 * once per build and fails the build, naming the file, when a lesson asks for one that does not exist.
 */
import { loadExample, type Example } from '@/lib/course/examples';

const cache = new Map<string, Example>();

/** The example `id`, loaded once. Throws (failing the build) when it does not exist. */
export function exampleData(id: string): Example {
  let example = cache.get(id);
  if (!example) {
    example = loadExample(id);
    cache.set(id, example);
  }
  return example;
}

/** The text of Dockerfile `file` of example `id`. Throws (failing the build) when there is none. */
export function exampleDockerfile(id: string, file: string): string {
  const example = exampleData(id);
  const listed = example.dockerfiles.find((d) => d.name === file);
  if (listed) return listed.text;
  const inContext = example.context.files.find((f) => f.path === file && typeof f.content === 'string');
  if (inContext?.content !== undefined) return inContext.content;
  throw new Error(
    `content/examples/${id}: a lesson asks for "${file}", which is not one of its Dockerfiles (${example.dockerfiles.map((d) => d.name).join(', ')}).`,
  );
}
