/**
 * The Go calculator of the talk, as content/examples/go-calculator/calculator.go behaves: a greeting,
 * then a prompt (no newline), one line read with bufio.Reader.ReadString('\n') and trimmed; `exit`
 * ends; the line split on single spaces must give 3 parts; strconv.Atoi operands; + - * / on Go ints
 * (64-bit, wrapping, division truncating toward zero); an unguarded `/ 0` panics with exit status 2.
 * At end of input ReadString returns "" forever, so the real program loops printing
 * `Invalid input. Try again.`: the model stops after a few rounds and says so.
 */
import type { ProgramInput, ProgramModel, ProgramOutput } from './types';

export const GREETING = "Hi there, I am a calculator app built with Go. Let's do some maths!";
export const PROMPT =
  'Enter any calculation (Example: 1 + 2 (or) 2 * 5 -> Please maintain spaces as shown in example): ';
const INVALID_INPUT = 'Invalid input. Try again.';
const INVALID_OPERATOR = 'Invalid operator. Try again.';
/** How many prompts the model answers after standard input is closed before it stops. */
export const EOF_ROUNDS = 3;
const MAX_ROUNDS = 10_000;

const MIN = -(2n ** 63n);
const MAX = 2n ** 63n - 1n;

/** strconv.Atoi for 64-bit ints: optional sign, decimal digits, in range; else null (an error). */
export function atoi(s: string): bigint | null {
  if (!/^[+-]?\d+$/.test(s)) return null;
  const v = BigInt(s);
  return v < MIN || v > MAX ? null : v;
}

function wrap(v: bigint): bigint {
  return BigInt.asIntN(64, v);
}

/** Go's ReadString('\n') over the input: each call returns the next line with its newline, or the rest at EOF. */
function* readLines(stdin: string): Generator<{ text: string; eof: boolean }> {
  let pos = 0;
  while (pos < stdin.length) {
    const nl = stdin.indexOf('\n', pos);
    if (nl === -1) {
      yield { text: stdin.slice(pos), eof: true };
      pos = stdin.length;
      break;
    }
    yield { text: stdin.slice(pos, nl + 1), eof: false };
    pos = nl + 1;
  }
}

/** The source file the binary was built from (kept in the binary's debug info and shown in traces). */
function sourcePath(input: ProgramInput): string {
  const entry = input.image.files.find((f) => f.path === input.mainPath);
  return /built from (\S+\.go)/.exec(entry?.note ?? '')?.[1] ?? 'calculator.go';
}

/** The calculator model. */
export const goCalculator: ProgramModel = {
  id: 'go-calculator',
  run(input): ProgramOutput {
    let stdout = `${GREETING}\n`;
    const lines = readLines(input.stdin);
    let eofRounds = 0;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      stdout += PROMPT;
      const next = lines.next();
      const raw = next.done ? '' : next.value.text;
      if (next.done) eofRounds++;
      const line = raw.trim();
      if (line === 'exit') {
        return {
          stdout,
          stderr: '',
          exitCode: 0,
          truncated: false,
          explanation: 'The calculator answered each line and stopped at `exit` (exit code 0).',
        };
      }
      const parts = line.split(' ');
      let answer: string;
      const left = parts.length === 3 ? atoi(parts[0]) : null;
      const right = parts.length === 3 ? atoi(parts[2]) : null;
      if (parts.length !== 3 || left === null || right === null) answer = INVALID_INPUT;
      else {
        const op = parts[1];
        if (op === '+') answer = `Result: ${wrap(left + right)}`;
        else if (op === '-') answer = `Result: ${wrap(left - right)}`;
        else if (op === '*') answer = `Result: ${wrap(left * right)}`;
        else if (op === '/') {
          if (right === 0n) {
            return {
              stdout,
              stderr: `panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n\t${sourcePath(input)}\n`,
              exitCode: 2,
              truncated: false,
              explanation:
                'Dividing by zero is not guarded: the Go runtime panics, prints the goroutine trace to standard error and exits with status 2 (the trace’s addresses vary by build and are not shown).',
            };
          }
          answer = `Result: ${left === MIN && right === -1n ? MIN : left / right}`;
        } else answer = INVALID_OPERATOR;
      }
      stdout += `${answer}\n`;
      if (next.done && eofRounds >= EOF_ROUNDS) {
        return {
          stdout,
          stderr: '',
          exitCode: 137,
          truncated: true,
          explanation: `Standard input is closed, so ReadString returns an empty line every time and the calculator prints "${INVALID_INPUT}" forever. The model stops after ${EOF_ROUNDS} rounds; a real container keeps looping until it is stopped (docker kill gives exit code 137). Run it with \`docker run -it\` and end with \`exit\`.`,
        };
      }
    }
    return {
      stdout,
      stderr: '',
      exitCode: 137,
      truncated: true,
      explanation: 'The model stopped after many rounds.',
    };
  },
};
