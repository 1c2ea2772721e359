/**
 * Reading the real-world corpus of tests/corpus/real-world (Dockerfiles kept unchanged with their
 * sources, contexts and expectations of our own in cases.json) and judging the engine against one case.
 */
import fs from 'node:fs';
import path from 'node:path';
import { probeImage } from '../../run/lookup';
import { runImage } from '../../run/index';
import type { BuildContext } from '../../types';
import { simulateDockerfile } from '../../../analyze';

export const ROOT = path.resolve(__dirname, '../../../../tests/corpus/real-world');

export interface ContextFile {
  path: string;
  content?: string;
  sizeBytes?: number;
  mode?: string;
}

export interface Expect {
  builds: boolean;
  /** A part of Docker's error text when the build fails. */
  error?: string;
  user: string;
  files: Record<string, boolean>;
  run: 'starts' | 'fails' | 'unknown';
  runText?: string;
  /** The published image's size (decimal bytes), where one exists. */
  sizeBytes?: number;
}

export interface CorpusCase {
  id?: string;
  file: string;
  context: string;
  target?: string;
  buildArgs?: Record<string, string>;
  expect: Expect;
  sources: Record<string, string>;
}

export interface CorpusData {
  contexts: Record<string, ContextFile[]>;
  cases: CorpusCase[];
}

export function corpusContext(files: ContextFile[]): BuildContext {
  return {
    files: files.map((f) => ({
      path: f.path,
      sizeBytes: f.sizeBytes ?? Buffer.byteLength(f.content ?? ''),
      ...(f.content !== undefined ? { content: f.content } : {}),
      ...(f.mode ? { mode: parseInt(f.mode, 8) } : {}),
    })),
  };
}

/** How the engine did on one case. */
export interface Verdict {
  /** Disagreements with Docker ([] when it agrees). */
  wrong: string[];
  /** Which answers were definite (not "can't tell") and right. */
  definite: { user: boolean; run: boolean; files: number; filesAsked: number };
  /** Why `docker run` could not be told, when it could not. */
  runUnknown?: string;
}

/** Judge the engine on one case against what Docker does. */
export function judge(c: CorpusCase, data: CorpusData): Verdict {
  const verdict: Verdict = {
    wrong: [],
    definite: { user: false, run: false, files: 0, filesAsked: Object.keys(c.expect.files).length },
  };
  const out = verdict.wrong;
  const text = fs.readFileSync(path.join(ROOT, c.file), 'utf8');
  const result = simulateDockerfile(text, {
    context: corpusContext(data.contexts[c.context] ?? []),
    target: c.target ?? null,
    buildArgs: c.buildArgs ?? {},
  });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const image = result.image;
  const builds = image !== null && errors.length === 0;
  const e = c.expect;
  if (builds !== e.builds) {
    out.push(
      `build: Docker ${e.builds ? 'builds' : `fails (${e.error ?? ''})`}; engine ${builds ? 'builds' : `fails: ${errors[0]?.message.slice(0, 160)}`}`,
    );
    return verdict;
  }
  if (!builds) {
    if (e.error && !errors.some((d) => d.message.includes(e.error as string)))
      out.push(`error text: Docker "${e.error}"; engine "${errors[0]?.message.slice(0, 160)}"`);
    return verdict;
  }
  if (!image) return verdict;
  const user =
    image.config.unknown?.user || image.facts.unknown?.user ? null : image.config.user.split(':')[0];
  if (user !== null && user !== e.user) out.push(`user: Docker ${e.user}; engine ${user}`);
  verdict.definite.user = user === e.user;
  for (const [p, want] of Object.entries(e.files)) {
    const probe = probeImage(image, p);
    if (probe.presence === 'unknown') continue;
    if ((probe.presence === 'present') === want) verdict.definite.files++;
    else
      out.push(
        `file ${p}: Docker ${want ? 'present' : 'absent'}; engine ${probe.presence} (${probe.because})`,
      );
  }
  const run = runImage(image);
  if (run.status === 'unknown') verdict.runUnknown = run.because ?? run.explanation;
  if (e.run !== 'unknown' && run.status !== 'unknown') {
    const started = run.status === 'started';
    if (started !== (e.run === 'starts'))
      out.push(
        `run: Docker ${e.run}; engine ${run.status} (${(run.stderr || run.explanation).trim().slice(0, 160)})`,
      );
    else if (e.run === 'fails' && e.runText && !`${run.stderr} ${run.explanation}`.includes(e.runText))
      out.push(`run text: Docker "${e.runText}"; engine "${run.stderr.trim().slice(0, 160)}"`);
    else verdict.definite.run = true;
  }
  if (e.sizeBytes !== undefined) {
    const r = image.sizeRange;
    const inRange = r ? e.sizeBytes >= r.low && (r.high === null || e.sizeBytes <= r.high) : false;
    const near = Math.abs(image.sizeBytes - e.sizeBytes) <= e.sizeBytes * 0.15;
    if (!inRange && !near) out.push(`size: published ${e.sizeBytes} B; engine ${image.sizeBytes} B`);
  }
  return verdict;
}
