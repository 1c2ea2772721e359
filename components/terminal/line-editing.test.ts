import { describe, expect, it } from 'vitest';
import { deleteWordBefore, searchHistory } from './line-editing';

describe('line editing', () => {
  it('Ctrl+W deletes the word before the caret and the spaces after it', () => {
    expect(deleteWordBefore('docker run calc', 15)).toEqual({ line: 'docker run ', caret: 11 });
    expect(deleteWordBefore('docker run  ', 12)).toEqual({ line: 'docker ', caret: 7 });
    expect(deleteWordBefore('docker run calc', 10)).toEqual({ line: 'docker  calc', caret: 7 });
    expect(deleteWordBefore('', 0)).toEqual({ line: '', caret: 0 });
  });

  it('Ctrl+R finds the newest match, then older ones', () => {
    const history = ['docker build -t calc .', 'docker images', 'docker run -it calc', 'ls'];
    expect(searchHistory(history, 'calc', 3)).toBe(2);
    expect(searchHistory(history, 'calc', 1)).toBe(0);
    expect(searchHistory(history, 'calc', -1)).toBe(-1);
    expect(searchHistory(history, 'nothing', 3)).toBe(-1);
    expect(searchHistory(history, '', 3)).toBe(-1);
  });
});
