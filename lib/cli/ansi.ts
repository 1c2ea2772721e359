/**
 * ANSI colours, the part terminals and BuildKit use: SGR sequences (`ESC [ … m`) for the eight
 * foreground colours, bold and reset. `colorProgress` colours BuildKit's progress as its TTY mode
 * does (moby/buildkit util/progress/progressui: finished steps in "the typical buildkit blue",
 * warnings yellow, errors red; BUILDKIT_COLORS changes them); `parseAnsi` turns text back into
 * styled pieces for a view. Pure: no DOM.
 */

const ESC = '\u001b[';
export const ANSI = { blue: `${ESC}34m`, red: `${ESC}31m`, yellow: `${ESC}33m`, reset: `${ESC}0m` } as const;

/** A colour a piece of text is shown in (SGR 30–37 and 90–97, by name). */
export type AnsiColor = 'black' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'white';

/** One styled piece of text. */
export interface AnsiPiece {
  text: string;
  color: AnsiColor | null;
  bold: boolean;
}

const COLORS: AnsiColor[] = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];

/** Splits `text` at its SGR sequences; other escape sequences are dropped. Never throws. */
export function parseAnsi(text: string): AnsiPiece[] {
  const out: AnsiPiece[] = [];
  let color: AnsiColor | null = null;
  let bold = false;
  const re = /\u001b\[([0-9;]*)([A-Za-z])/g;
  let last = 0;
  const push = (t: string) => {
    if (!t) return;
    const prev = out[out.length - 1];
    if (prev && prev.color === color && prev.bold === bold) prev.text += t;
    else out.push({ text: t, color, bold });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(text.slice(last, m.index));
    last = re.lastIndex;
    if (m[2] !== 'm') continue;
    for (const raw of (m[1] === '' ? '0' : m[1]).split(';')) {
      const n = Number(raw);
      if (n === 0) {
        color = null;
        bold = false;
      } else if (n === 1) bold = true;
      else if (n === 22) bold = false;
      else if (n === 39) color = null;
      else if (n >= 30 && n <= 37) color = COLORS[n - 30];
      else if (n >= 90 && n <= 97) color = COLORS[n - 90];
    }
  }
  push(text.slice(last));
  return out;
}

/** Text without its escape sequences. */
export function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}

/** BuildKit's progress lines coloured as in a terminal. */
export function colorProgress(lines: string[]): string[] {
  return lines.map((line) => {
    if (/^ERROR\b|^ => ERROR\b| ERROR:/.test(line)) return `${ANSI.red}${line}${ANSI.reset}`;
    if (/^ \d+ warnings? found|^ - /.test(line)) return `${ANSI.yellow}${line}${ANSI.reset}`;
    if (/^ => |^\[\+\] Building/.test(line)) return `${ANSI.blue}${line}${ANSI.reset}`;
    return line;
  });
}
