import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readContentJson } from './content-json';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-json-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const schema = z.object({ title: z.string(), tags: z.array(z.string()) });
const fail = (message: string) => new Error(message);

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('readContentJson', () => {
  it('returns the validated contents', () => {
    const file = write('good.json', JSON.stringify({ title: 'x', tags: ['a'] }));
    expect(readContentJson(file, schema, fail)).toEqual({ title: 'x', tags: ['a'] });
  });

  it('says which file is missing', () => {
    expect(() => readContentJson(path.join(dir, 'gone.json'), schema, fail)).toThrow('gone.json is missing');
  });

  it('says when the file is not JSON', () => {
    expect(() => readContentJson(write('bad.json', '{ nope'), schema, fail)).toThrow(/^not valid JSON \(/);
  });

  it('lists every field that does not match, with its path', () => {
    const file = write('fields.json', JSON.stringify({ tags: ['a', 3] }));
    expect(() => readContentJson(file, schema, fail)).toThrow(/^invalid fields\.json: title: .*; tags\.1: /);
  });

  it('throws what fail makes, so callers keep their own error class', () => {
    class ContentError extends Error {}
    expect(() => readContentJson(path.join(dir, 'gone.json'), schema, (m) => new ContentError(m))).toThrow(
      ContentError,
    );
  });
});
