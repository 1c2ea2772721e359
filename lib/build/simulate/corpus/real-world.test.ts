/**
 * The engine against real Dockerfiles written elsewhere (docker/awesome-compose, the distroless
 * examples), each built from a small synthetic context that holds what its COPY/ADD instructions
 * name. Expectations (what Docker does, with the source) are our own data in
 * real-world.expectations.json; the Dockerfiles are read from ../shared/corpus when it exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImage } from '../../run/index';
import type { BuildContext } from '../../types';
import expectations from './real-world.expectations.json';
import { simulateDockerfile } from '../../../analyze';

const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus/real-world');
const present = fs.existsSync(CORPUS);

/** Files every project of these kinds has, so `COPY . .` finds what the build commands read. */
const PROJECT_FILES: Record<string, string> = {
  'go.mod': 'module example.com/app\n\ngo 1.22\n',
  'go.sum': '',
  'main.go': 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":80", nil) }\n',
  'package.json': '{"name":"app","version":"1.0.0","scripts":{"start":"node index.js","build":"echo"}}\n',
  'package-lock.json': '{}\n',
  'yarn.lock': '',
  'index.js': 'console.log("hi")\n',
  'requirements.txt': 'flask\n',
  'app.py': 'print("hi")\n',
  'pom.xml': '<project><artifactId>app</artifactId><version>1.0</version></project>\n',
  'Cargo.toml': '[package]\nname = "app"\nversion = "0.1.0"\n',
  'Cargo.lock': '',
  // awesome-compose/react-nginx keeps its nginx config here; a later stage copies it from /app.
  '.nginx/nginx.conf': 'server { listen 80; }\n',
};

/** A context with each source COPY/ADD names from the context (a file, or a folder with one file). */
export function syntheticContext(dockerfile: string): BuildContext {
  const files = new Map<string, string>(Object.entries(PROJECT_FILES));
  // A Rust project's package is named for the binary a later stage copies out of target/.
  const crate = /target\/(?:[\w-]+\/)?release\/([\w-]+)/.exec(dockerfile)?.[1];
  if (crate) files.set('Cargo.toml', `[package]\nname = "${crate}"\nversion = "0.1.0"\n`);
  for (const raw of dockerfile.replace(/\\\n/g, ' ').split('\n')) {
    const m = /^\s*(COPY|ADD)\s+(.*)$/i.exec(raw);
    if (!m || /--from/i.test(m[2])) continue;
    let words = m[2].trim();
    if (words.startsWith('[')) {
      try {
        words = (JSON.parse(words) as string[]).join(' ');
      } catch {
        continue;
      }
    }
    const parts = words.split(/\s+/).filter((w) => !w.startsWith('--') && !w.startsWith('<<'));
    for (const src of parts.slice(0, -1)) {
      const p = src.replace(/^\.\//, '').replace(/\/$/, '');
      if (p === '' || p === '.' || /^https?:/.test(p)) continue;
      if (/[*?[]/.test(p)) files.set(p.replace(/\*+/g, 'x').replace(/[?[\]]/g, 'x'), '');
      else if (/\.[A-Za-z0-9]+$/.test(p)) files.set(p, '');
      else files.set(`${p}/index.txt`, '');
    }
  }
  return {
    files: [...files].map(([p, content]) => ({ path: p, sizeBytes: content.length || 100, content })),
  };
}

interface Case {
  path: string;
  builds: boolean;
  user: string;
  run: 'starts' | 'fails';
  source: string;
}

describe('real-world Dockerfiles (../shared/corpus/real-world)', () => {
  const cases = (expectations as { cases: Case[] }).cases;

  it('agrees with what Docker does', ({ skip }) => {
    skip(!present, 'real-world corpus: ../shared/corpus/real-world is not present here');
    const rows: string[] = [];
    let agree = 0;
    let strict = 0;
    for (const c of cases) {
      const text = fs.readFileSync(path.join(CORPUS, c.path), 'utf8');
      const result = simulateDockerfile(text, { context: syntheticContext(text) });
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      const builds = result.image !== null && errors.length === 0;
      const image = result.image;
      const user = image ? (image.facts.unknown?.user ? 'unknown' : image.config.user.split(':')[0]) : null;
      const run = image ? runImage(image).status : null;
      // "can't tell" does not contradict Docker; a false "fails" or a false error does.
      const runAgrees = run === 'unknown' || (run === 'started') === (c.run === 'starts');
      const userAgrees = user === c.user || user === 'unknown';
      const ok = builds === c.builds && (!c.builds || (userAgrees && runAgrees));
      if (ok) agree++;
      if (ok && run === (c.run === 'starts' ? 'started' : 'failed') && user === c.user) strict++;
      if (!ok)
        rows.push(
          `${c.path}: Docker ${c.builds ? 'builds' : 'fails'}, user ${c.user}, ${c.run}; engine ${builds ? 'builds' : `fails (${errors[0]?.message.slice(0, 120)})`}, user ${user}, run ${run}`,
        );
    }
    console.log(
      `real-world corpus: ${agree}/${cases.length} agree (${strict} with a definite verdict)\n${rows.join('\n')}`,
    );
    expect(rows).toEqual([]);
  });
});
