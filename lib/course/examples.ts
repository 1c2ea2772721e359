/**
 * The runnable examples of the course (`content/examples/NAME/`), read at build time (Node only).
 * Each example is a real build context plus its Dockerfiles, a README and an `example.json`
 * (`{ title, summary, dockerfiles: { "Dockerfile.x": "label" } }`). A malformed example fails the
 * build with an {@link ExampleContentError} that names the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readContextFolder } from '../build/context/read-folder';
import type { BuildContext } from '../build/types';
import { readContentJson } from './content-json';

/** Default location of the examples, relative to the repository root (the build's working directory). */
export const DEFAULT_EXAMPLES_DIR = path.join(process.cwd(), 'content', 'examples');

/** One Dockerfile of an example: its file name, a human label and its text. */
export interface ExampleDockerfile {
  name: string;
  label: string;
  text: string;
}

/** An example as listed: what it is and which Dockerfiles it has (no file contents). */
export interface ExampleInfo {
  id: string;
  title: string;
  summary: string;
  dockerfiles: Array<{ name: string; label: string }>;
}

/** A fully loaded example: metadata, README, Dockerfile texts and the build context. */
export interface Example {
  id: string;
  title: string;
  summary: string;
  /** The README's markdown text ('' when the example has none). */
  readme: string;
  /** In the order `example.json` lists them. */
  dockerfiles: ExampleDockerfile[];
  /**
   * The example's folder as a build context, `.dockerignore` and Dockerfiles included; the simulator
   * applies the `.dockerignore` when it copies, as `docker build` does.
   */
  context: BuildContext;
}

/** A problem in an example's files; `file` is the absolute path of the offending file. */
export class ExampleContentError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ExampleContentError';
    this.file = file;
  }
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A Dockerfile name relative to the example folder: `Dockerfile`, `Dockerfile.x`, or `x.Dockerfile`. */
const DOCKERFILE_NAME =
  /^(?:[A-Za-z0-9._-]+\/)*(?:Dockerfile(?:\.[A-Za-z0-9._-]+)?|[A-Za-z0-9._-]+\.Dockerfile)$/;

const exampleJsonSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  dockerfiles: z
    .record(z.string().regex(DOCKERFILE_NAME, 'is not a Dockerfile name'), z.string().trim().min(1))
    .refine((d) => Object.keys(d).length > 0, 'must list at least one Dockerfile'),
});

type ExampleJson = z.infer<typeof exampleJsonSchema>;

function readExampleJson(exampleDir: string): ExampleJson {
  const file = path.join(exampleDir, 'example.json');
  const data = readContentJson(file, exampleJsonSchema, (message) => new ExampleContentError(file, message));
  for (const name of Object.keys(data.dockerfiles)) {
    const dockerfile = path.join(exampleDir, name);
    if (!fs.existsSync(dockerfile) || !fs.statSync(dockerfile).isFile()) {
      throw new ExampleContentError(file, `lists ${name}, which does not exist in ${exampleDir}`);
    }
  }
  return data;
}

function exampleIds(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && ID_PATTERN.test(entry.name))
    .filter((entry) => fs.existsSync(path.join(dir, entry.name, 'example.json')))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Every example under `dir` (default `content/examples`) that has an `example.json`, sorted by id.
 * Throws an {@link ExampleContentError} naming the file when an `example.json` is invalid.
 */
export function listExamples(dir: string = DEFAULT_EXAMPLES_DIR): ExampleInfo[] {
  return exampleIds(dir).map((id) => {
    const meta = readExampleJson(path.join(dir, id));
    return {
      id,
      title: meta.title,
      summary: meta.summary,
      dockerfiles: Object.entries(meta.dockerfiles).map(([name, label]) => ({ name, label })),
    };
  });
}

/**
 * Loads one example with its README, Dockerfile texts and build context. Throws an
 * {@link ExampleContentError} naming the folder or file when the example does not exist or is invalid.
 */
export function loadExample(id: string, dir: string = DEFAULT_EXAMPLES_DIR): Example {
  const exampleDir = path.join(dir, id);
  if (!ID_PATTERN.test(id) || !fs.existsSync(exampleDir) || !fs.statSync(exampleDir).isDirectory()) {
    throw new ExampleContentError(exampleDir, `no example called "${id}"`);
  }
  const meta = readExampleJson(exampleDir);
  const readmeFile = path.join(exampleDir, 'README.md');
  const readme = fs.existsSync(readmeFile) ? fs.readFileSync(readmeFile, 'utf8') : '';
  const dockerfiles = Object.entries(meta.dockerfiles).map(([name, label]) => ({
    name,
    label,
    text: fs.readFileSync(path.join(exampleDir, name), 'utf8'),
  }));
  return {
    id,
    title: meta.title,
    summary: meta.summary,
    readme,
    dockerfiles,
    context: readContextFolder(exampleDir),
  };
}
