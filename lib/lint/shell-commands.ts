/**
 * A light reading of shell command lines for lint: split a RUN script into simple commands at
 * `&&`, `||`, `;`, `|` and newlines (outside quotes), and each command into words, so rules can
 * ask "does this RUN call apt-get install without --no-install-recommends?".
 */

/** One simple command: its words (quotes removed) and whether it is followed by a pipe. */
export interface SimpleCommand {
  words: string[];
  pipedInto: boolean;
}

/** Splits a shell script into simple commands. Never throws. */
export function splitCommands(script: string): SimpleCommand[] {
  const out: SimpleCommand[] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let quote = '';
  const flush = (): void => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const end = (piped: boolean): void => {
    flush();
    if (words.length > 0) out.push({ words, pipedInto: piped });
    words = [];
  };
  for (let i = 0; i < script.length; i++) {
    const ch = script[i];
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"' && i + 1 < script.length) word += script[++i];
      else word += ch;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
      continue;
    }
    if (ch === '\\' && i + 1 < script.length) {
      const next = script[++i];
      if (next !== '\n') {
        word += next;
        inWord = true;
      }
      continue;
    }
    if (ch === '&' && script[i + 1] === '&') {
      end(false);
      i++;
      continue;
    }
    if (ch === '|') {
      const double = script[i + 1] === '|';
      end(!double);
      if (double) i++;
      continue;
    }
    if (ch === ';' || ch === '\n' || ch === '(' || ch === ')') {
      end(false);
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      flush();
      continue;
    }
    word += ch;
    inWord = true;
  }
  end(false);
  return out;
}

/** The program a command runs, skipping `VAR=value` prefixes, `sudo`, `env` and `exec`. */
export function programOf(cmd: SimpleCommand): { name: string; args: string[] } {
  let i = 0;
  const w = cmd.words;
  while (
    i < w.length &&
    (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w[i]) || w[i] === 'sudo' || w[i] === 'env' || w[i] === 'exec')
  )
    i++;
  const name = w[i] ?? '';
  return { name: name.slice(name.lastIndexOf('/') + 1), args: w.slice(i + 1) };
}

/** The script text of a RUN (heredoc bodies included), for rules that read commands. */
export function runScripts(
  command: { form: 'shell'; script: string } | { form: 'exec'; argv: string[] },
  heredocs: Array<{ content: string }>,
): string {
  const base = command.form === 'shell' ? command.script : command.argv.join(' ');
  return heredocs.length > 0 ? `${base}\n${heredocs.map((h) => h.content).join('\n')}` : base;
}
