import { readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './parse';
import { CORPUS_ABSENT, CORPUS_DIR, CORPUS_PRESENT, listDockerfiles } from './testing/corpus';

/**
 * dockerfile-ast (the parser behind the Docker language server, used by the editor) and our
 * BuildKit-faithful reader must agree on where each instruction starts and on its keyword, for
 * every real-world Dockerfile of the corpus, so editor features and simulator results line up.
 */
describe('agreement with dockerfile-ast on instruction boundaries', () => {
  const files = listDockerfiles(`${CORPUS_DIR}/real-world`);
  it('has real-world files', ({ skip }) => {
    skip(!CORPUS_PRESENT, CORPUS_ABSENT);
    expect(files.length).toBeGreaterThan(30);
  });
  for (const file of files) {
    it(file.slice(CORPUS_DIR.length + 1), () => {
      const text = readFileSync(file, 'utf8');
      const theirs = DockerfileParser.parse(text)
        .getInstructions()
        .map((i) => [i.getRange().start.line + 1, i.getKeyword()]);
      const ours = parseDockerfile(text).instructions.map((i) => [
        i.range.start.line,
        i.keyword.toUpperCase(),
      ]);
      expect(ours).toEqual(theirs);
    });
  }
});
