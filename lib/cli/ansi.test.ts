import { describe, expect, it } from 'vitest';
import { loadExample } from '../course/examples';
import { colorProgress, parseAnsi, stripAnsi } from './ansi';
import { createDockerSession, executeLine } from './docker/index';

describe('ANSI colours', () => {
  it('parses SGR colours, bold and reset, and drops other sequences', () => {
    expect(parseAnsi('a\u001b[34mb\u001b[1mc\u001b[0md\u001b[2Ke')).toEqual([
      { text: 'a', color: null, bold: false },
      { text: 'b', color: 'blue', bold: false },
      { text: 'c', color: 'blue', bold: true },
      { text: 'de', color: null, bold: false },
    ]);
    expect(parseAnsi('\u001b[91mx')).toEqual([{ text: 'x', color: 'red', bold: false }]);
    expect(parseAnsi('\u001b[')).toEqual([{ text: '\u001b[', color: null, bold: false }]);
  });

  it('colours BuildKit’s steps blue and errors red, only on a terminal', () => {
    expect(colorProgress([' => [build 1/4] FROM ubuntu', 'ERROR: failed to solve: x', 'plain'])).toEqual([
      '\u001b[34m => [build 1/4] FROM ubuntu\u001b[0m',
      '\u001b[31mERROR: failed to solve: x\u001b[0m',
      'plain',
    ]);
    const calc = loadExample('go-calculator');
    const tty = createDockerSession({ context: calc.context, tty: true });
    const plain = createDockerSession({ context: calc.context });
    const line = 'docker build -t calc -f Dockerfile.multi-stage .';
    const coloured = executeLine(tty, line)
      .output.map((o) => o.text)
      .join('');
    const text = executeLine(plain, line)
      .output.map((o) => o.text)
      .join('');
    expect(coloured).toContain('\u001b[34m => exporting to image\u001b[0m');
    expect(text).not.toContain('\u001b');
    expect(stripAnsi(coloured)).toContain(' => exporting to image');
  });
});
