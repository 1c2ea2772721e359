/**
 * The checks Docker makes when it turns parsed lines into instructions
 * (BuildKit frontend/dockerfile/instructions/parse.go): argument counts, known flags, HEALTHCHECK
 * types, ONBUILD triggers, SHELL in JSON form, unknown instructions. Each returns Docker's message
 * and a hint saying what to do.
 */
import type { RawInstruction } from './convert';
import { flagParts } from './split-command';
import { nearestName } from './nearest';

/** A problem with one instruction. */
export interface InstructionProblem {
  message: string;
  hint: string;
  /** Offsets in the logical line to point at, or null for the whole instruction. */
  span: [number, number] | null;
}

const FLAGS: Record<string, string[]> = {
  add: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'exclude', 'unpack'],
  copy: ['chown', 'from', 'chmod', 'link', 'parents', 'exclude'],
  from: ['platform'],
  run: ['mount', 'network', 'security', 'device'],
  healthcheck: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

/** Dockerfile instruction keywords, lowercase. */
export const KEYWORDS = [
  'add',
  'arg',
  'cmd',
  'copy',
  'entrypoint',
  'env',
  'expose',
  'from',
  'healthcheck',
  'label',
  'maintainer',
  'onbuild',
  'run',
  'shell',
  'stopsignal',
  'user',
  'volume',
  'workdir',
];

const KEYWORD_SET = new Set(KEYWORDS);

function count(cmd: string, args: string[]): InstructionProblem | null {
  const up = cmd.toUpperCase();
  const need = (m: string, hint: string): InstructionProblem => ({ message: m, hint, span: null });
  switch (cmd) {
    case 'add':
    case 'copy':
      return args.length < 2
        ? need(
            `${up} requires at least two arguments, but only one was provided. Destination could not be determined`,
            `Give ${up} a source and a destination, e.g. \`${up} app.go /src/\`.`,
          )
        : null;
    case 'maintainer':
    case 'workdir':
    case 'user':
    case 'stopsignal':
      return args.length !== 1
        ? need(`${up} requires exactly one argument`, `Write exactly one value after ${up}.`)
        : null;
    case 'env':
    case 'label':
    case 'expose':
    case 'volume':
    case 'arg':
    case 'onbuild':
    case 'healthcheck':
      return args.length === 0
        ? need(`${up} requires at least one argument`, `Add a value after ${up}.`)
        : null;
    default:
      return null;
  }
}

function healthcheck(raw: RawInstruction): InstructionProblem | null {
  const type = (raw.args[0] ?? '').toUpperCase();
  if (raw.args.length === 0) return null;
  if (type === 'NONE') {
    return raw.args.length > 1
      ? {
          message: 'HEALTHCHECK NONE takes no arguments',
          hint: 'Write `HEALTHCHECK NONE` alone.',
          span: null,
        }
      : null;
  }
  if (type !== 'CMD') {
    return {
      message: `Unknown type ${JSON.stringify(type)} in HEALTHCHECK (try CMD)`,
      hint: 'Use `HEALTHCHECK CMD <command>` or `HEALTHCHECK NONE`.',
      span: null,
    };
  }
  if (raw.args.length < 2) {
    return {
      message: 'Missing command after HEALTHCHECK CMD',
      hint: 'Add the command to run after CMD.',
      span: null,
    };
  }
  return null;
}

/** Docker's complaints about one instruction, in the order Docker would find them. */
export function validateInstruction(raw: RawInstruction): InstructionProblem[] {
  const out: InstructionProblem[] = [];
  const { cmd } = raw;
  if (!KEYWORD_SET.has(cmd)) {
    const s = nearestName(cmd, KEYWORDS);
    out.push({
      message: `unknown instruction: ${raw.keyword}${s ? ` (did you mean ${s}?)` : ''}`,
      hint: s
        ? `Docker does not know \`${raw.keyword}\`; did you mean \`${s.toUpperCase()}\`?`
        : `Docker does not know \`${raw.keyword}\`; every line must start with an instruction such as FROM, RUN or COPY.`,
      span: [raw.keywordStart, raw.keywordStart + raw.keyword.length],
    });
    return out;
  }
  const c = count(cmd, raw.args);
  if (c) out.push(c);
  const allowed = FLAGS[cmd] ?? [];
  for (const f of raw.flags) {
    const { name } = flagParts(f.text);
    if (!allowed.includes(name)) {
      out.push({
        message: `unknown flag: ${name}`,
        hint: allowed.length
          ? `${cmd.toUpperCase()} accepts ${allowed.map((n) => `--${n}`).join(', ')}.`
          : `${cmd.toUpperCase()} takes no flags.`,
        span: [f.start, f.end],
      });
    }
  }
  if (cmd === 'healthcheck') {
    const h = healthcheck(raw);
    if (h) out.push(h);
  }
  if (cmd === 'shell' && raw.args.length > 0 && !raw.json) {
    out.push({
      message: 'SHELL requires the arguments to be in JSON form',
      hint: 'Write SHELL as a JSON array, e.g. `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.',
      span: null,
    });
  } else if (cmd === 'shell' && raw.json && raw.args.length === 0) {
    out.push({ message: 'SHELL requires at least one argument', hint: 'Name the shell to use.', span: null });
  }
  if ((cmd === 'env' || cmd === 'label') && raw.args.some((a, i) => i % 3 === 0 && a === '')) {
    out.push({
      message: `${cmd.toUpperCase()} names can not be blank`,
      hint: 'Give every value a name: `name=value`.',
      span: null,
    });
  }
  if (cmd === 'arg' && raw.args.some((a) => a.startsWith('='))) {
    out.push({ message: 'ARG names can not be blank', hint: 'Write `ARG NAME=value`.', span: null });
  }
  if ((cmd === 'copy' || cmd === 'add') && raw.args.length >= 2 && !raw.json) {
    if (parseHeredocDest(raw.args[raw.args.length - 1])) {
      out.push({
        message: `${cmd.toUpperCase()} cannot accept a heredoc as a destination`,
        hint: 'Put the heredoc before the destination path.',
        span: null,
      });
    }
  }
  if (cmd === 'onbuild' && raw.sub) {
    const t = raw.sub.cmd.toUpperCase();
    if (t === 'ONBUILD') {
      out.push({
        message: "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
        hint: 'Use a single ONBUILD.',
        span: null,
      });
    } else if (t === 'MAINTAINER' || t === 'FROM') {
      out.push({
        message: `${t} isn't allowed as an ONBUILD trigger`,
        hint: 'ONBUILD may register any other instruction.',
        span: null,
      });
    } else {
      for (const p of validateInstruction(raw.sub)) out.push(p);
    }
  }
  return out;
}

function parseHeredocDest(dest: string): boolean {
  return /^\d*<<-?[^<]+$/.test(dest);
}
