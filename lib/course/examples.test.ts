import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyDockerignore } from '../build/context/index';
import { ExampleContentError, listExamples, loadExample } from './examples';

const OWN_EXAMPLES = ['python-app', 'spring-boot-app', 'three-tier-app'];

describe('the course examples', () => {
  it('lists every example with its Dockerfiles', () => {
    const ids = listExamples().map((e) => e.id);
    for (const id of OWN_EXAMPLES) expect(ids).toContain(id);
  });

  it.each(OWN_EXAMPLES)('loads %s with its README, Dockerfiles and a context of real files', (id) => {
    const example = loadExample(id);
    expect(example.title.length).toBeGreaterThan(0);
    expect(example.readme).toMatch(/^# /);
    expect(example.dockerfiles.length).toBeGreaterThanOrEqual(3);
    for (const d of example.dockerfiles) expect(d.text).toMatch(/^FROM /m);
    const paths = applyDockerignore(example.context).files.map((f) => f.path);
    expect(paths.length).toBeGreaterThan(0);
    // .dockerignore keeps the Dockerfiles and the README out of what the build copies, while
    // `docker build -f` still reads the Dockerfile from the folder.
    expect(paths.some((p) => p.startsWith('Dockerfile'))).toBe(false);
    expect(example.context.files.some((f) => f.path === example.dockerfiles[0].name)).toBe(true);
    for (const f of example.context.files) expect(f.sizeBytes).toBeGreaterThanOrEqual(0);
  });

  it.each(listExamples().map((e) => e.id))(
    '%s keeps the course metadata and its own .dockerignore out of what the build copies',
    (id) => {
      const paths = applyDockerignore(loadExample(id).context).files.map((f) => f.path);
      expect(paths).not.toContain('example.json');
      expect(paths).not.toContain('README.md');
      expect(paths).not.toContain('.dockerignore');
    },
  );

  it('gives the sources the Dockerfiles copy', () => {
    const paths = (id: string) => loadExample(id).context.files.map((f) => f.path);
    expect(paths('python-app')).toEqual(expect.arrayContaining(['app.py', 'requirements.txt']));
    expect(paths('spring-boot-app')).toEqual(
      expect.arrayContaining(['pom.xml', 'src/main/java/com/example/calculator/Application.java']),
    );
    expect(paths('three-tier-app')).toEqual(
      expect.arrayContaining(['frontend/package.json', 'frontend/package-lock.json', 'backend/pom.xml']),
    );
    const app = loadExample('python-app').context.files.find((f) => f.path === 'app.py');
    expect(app?.content).toContain('from flask import');
  });

  it('refuses an unknown example, naming it', () => {
    expect(() => loadExample('no-such-example')).toThrow(/no example called "no-such-example"/);
  });
});

describe('example validation', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  function fixture(json: string, files: Record<string, string> = {}): string {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'examples-'));
    fs.mkdirSync(path.join(dir, 'broken'));
    fs.writeFileSync(path.join(dir, 'broken', 'example.json'), json);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'broken', name), text);
    return dir;
  }

  it('names the file when example.json is not JSON', () => {
    const root = fixture('{ nope');
    expect(() => listExamples(root)).toThrow(ExampleContentError);
    expect(() => listExamples(root)).toThrow(/broken[/\\]example\.json: not valid JSON/);
  });

  it('names the file and the field when a field is missing', () => {
    const root = fixture(JSON.stringify({ title: 'x', dockerfiles: { Dockerfile: 'one' } }));
    expect(() => loadExample('broken', root)).toThrow(/example\.json: invalid example\.json: summary/);
  });

  it('names the missing Dockerfile', () => {
    const root = fixture(
      JSON.stringify({ title: 'x', summary: 'y', dockerfiles: { 'Dockerfile.gone': 'missing' } }),
    );
    expect(() => listExamples(root)).toThrow(/lists Dockerfile\.gone, which does not exist/);
  });

  it('accepts a valid example', () => {
    const root = fixture(JSON.stringify({ title: 'x', summary: 'y', dockerfiles: { Dockerfile: 'one' } }), {
      Dockerfile: 'FROM scratch\n',
    });
    expect(listExamples(root)).toEqual([
      { id: 'broken', title: 'x', summary: 'y', dockerfiles: [{ name: 'Dockerfile', label: 'one' }] },
    ]);
  });
});
