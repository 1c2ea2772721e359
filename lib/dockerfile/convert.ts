/**
 * Turns one instruction, split the BuildKit way, into the typed model of `types.ts`: the
 * discriminated union keyed on `kind`, with the fields each instruction needs (image and stage
 * name of FROM, sources and `--from` of COPY, mounts of RUN, key/value pairs of ENV, ...).
 */
import type { SourceRange } from '../diagnostics';
import type { PositionMap } from './logical-lines';
import { parseMount } from './mount';
import type { RawFlag } from './split-command';
import { flagParts } from './split-command';
import { parseHeredocOpener } from './heredoc';
import { splitTokenSpace } from './text';
import type {
  ArgDeclaration,
  CommandForm,
  Flag,
  Heredoc,
  Instruction,
  InstructionKind,
  KeyValue,
  Mount,
} from './types';

/** An instruction after splitting, before typing. */
export interface RawInstruction {
  keyword: string;
  /** Lowercased keyword. */
  cmd: string;
  flags: RawFlag[];
  args: string[];
  json: boolean;
  rest: string;
  restStart: number;
  keywordStart: number;
  text: string;
  map: PositionMap;
  range: SourceRange;
  heredocs: Heredoc[];
  emptyContinuationLines: number[];
  /** For ONBUILD: the trigger. */
  sub: RawInstruction | null;
}

const KINDS: Record<string, InstructionKind> = {
  from: 'from',
  run: 'run',
  copy: 'copy',
  add: 'add',
  cmd: 'cmd',
  entrypoint: 'entrypoint',
  env: 'env',
  label: 'label',
  arg: 'arg',
  workdir: 'workdir',
  user: 'user',
  expose: 'expose',
  volume: 'volume',
  healthcheck: 'healthcheck',
  shell: 'shell',
  stopsignal: 'stopsignal',
  maintainer: 'maintainer',
  onbuild: 'onbuild',
};

/** The instruction kind for a lowercased keyword (`unknown` when Docker does not know it). */
export function kindOf(cmd: string): InstructionKind {
  return KINDS[cmd] ?? 'unknown';
}

/** Range of `[start, end)` offsets of the logical line. */
export function spanRange(raw: RawInstruction, start: number, end: number): SourceRange {
  const s = raw.map.at(start);
  const e = raw.map.at(Math.max(start, end - 1));
  return { start: s, end: { line: e.line, column: e.column + (end > start ? 1 : 0) } };
}

function commandForm(raw: RawInstruction, args: string[]): CommandForm {
  return raw.json ? { form: 'exec', argv: args } : { form: 'shell', script: args[0] ?? '' };
}

function flagValue(flags: Flag[], name: string): string | null {
  let v: string | null = null;
  for (const f of flags) if (f.name === name) v = f.value ?? 'true';
  return v;
}

/** Locates `word` among the whitespace-split words of the rest, for a range. */
function restWords(raw: RawInstruction): Array<{ text: string; start: number }> {
  return raw.rest === '' ? [] : splitTokenSpace(raw.rest, raw.restStart);
}

function pairs(raw: RawInstruction): KeyValue[] {
  const out: KeyValue[] = [];
  for (let i = 0; i + 1 < raw.args.length; i += 3) {
    const key = raw.args[i];
    const at = raw.text.indexOf(key, raw.restStart);
    const range = at >= 0 ? spanRange(raw, at, at + key.length) : raw.range;
    out.push({ key, value: raw.args[i + 1], range });
  }
  return out;
}

function declarations(raw: RawInstruction): ArgDeclaration[] {
  let from = raw.restStart;
  return raw.args.map((word) => {
    const at = raw.text.indexOf(word, from);
    const range = at >= 0 ? spanRange(raw, at, at + word.length) : raw.range;
    if (at >= 0) from = at + word.length;
    const eq = word.indexOf('=');
    return eq < 0
      ? { name: word, defaultValue: null, range }
      : { name: word.slice(0, eq), defaultValue: word.slice(eq + 1), range };
  });
}

/** Builds the typed instruction. Never throws for any split input. */
export function toInstruction(raw: RawInstruction): Instruction {
  const flags: Flag[] = raw.flags.map((f) => {
    const { name, value } = flagParts(f.text);
    return { name, value, range: spanRange(raw, f.start, f.end) };
  });
  const kwEnd = raw.keywordStart + raw.keyword.length;
  const base = {
    keyword: raw.keyword,
    range: raw.range,
    keywordRange: spanRange(raw, raw.keywordStart, kwEnd),
    flags,
    args: raw.args,
    text: raw.text,
  };
  if (raw.emptyContinuationLines.length > 0)
    Object.assign(base, { emptyContinuationLines: raw.emptyContinuationLines });
  const kind = kindOf(raw.cmd);
  const a = raw.args;
  switch (kind) {
    case 'from': {
      const words = restWords(raw);
      const image = words[0];
      const hasAs = a.length === 3 && a[1].toLowerCase() === 'as';
      return Object.assign(base, {
        kind,
        image: a[0] ?? '',
        imageRange: image ? spanRange(raw, image.start, image.start + image.text.length) : base.keywordRange,
        stageName: hasAs ? a[2] : null,
        stageNameRange:
          hasAs && words[2] ? spanRange(raw, words[2].start, words[2].start + a[2].length) : null,
        asKeyword: a.length >= 2 ? a[1] : null,
        platform: flagValue(flags, 'platform'),
      });
    }
    case 'run': {
      const mounts: Mount[] = flags
        .filter((f) => f.name === 'mount')
        .map((f) => parseMount(f.value ?? '', f.range).mount);
      return Object.assign(base, {
        kind,
        command: commandForm(raw, a),
        mounts,
        network: flagValue(flags, 'network'),
        heredocs: raw.heredocs,
      });
    }
    case 'copy':
    case 'add': {
      const fromFlag = flags.filter((f) => f.name === 'from').pop() ?? null;
      const srcs = a.slice(0, -1).filter((s) => raw.json || parseHeredocOpener(s) === null);
      return Object.assign(base, {
        kind,
        sources: srcs,
        destination: a.length > 0 ? a[a.length - 1] : '',
        from: fromFlag ? (fromFlag.value ?? '') : null,
        fromRange: fromFlag ? fromFlag.range : null,
        chown: flagValue(flags, 'chown'),
        chmod: flagValue(flags, 'chmod'),
        link: flagValue(flags, 'link') !== null && flagValue(flags, 'link') !== 'false',
        heredocs: raw.heredocs,
      });
    }
    case 'cmd':
    case 'entrypoint':
      return Object.assign(base, { kind, command: commandForm(raw, a) });
    case 'env':
    case 'label':
      return Object.assign(base, { kind, pairs: pairs(raw), legacyFormat: a.length >= 3 && a[2] === '' });
    case 'arg':
      return Object.assign(base, { kind, declarations: declarations(raw) });
    case 'workdir':
      return Object.assign(base, { kind, path: a[0] ?? '' });
    case 'user': {
      const value = a[0] ?? '';
      const colon = value.indexOf(':');
      return Object.assign(base, {
        kind,
        user: colon < 0 ? value : value.slice(0, colon),
        group: colon < 0 ? null : value.slice(colon + 1),
      });
    }
    case 'expose':
      return Object.assign(base, { kind, ports: a });
    case 'volume':
      return Object.assign(base, { kind, paths: a });
    case 'healthcheck': {
      const type = (a[0] ?? '').toUpperCase();
      const options: Record<string, string> = {};
      for (const f of flags) options[f.name] = f.value ?? 'true';
      const command: CommandForm | null =
        type === 'NONE' || a.length < 2
          ? null
          : raw.json
            ? { form: 'exec', argv: a.slice(1) }
            : { form: 'shell', script: a[1] };
      return Object.assign(base, { kind, command, options });
    }
    case 'shell':
      return Object.assign(base, { kind, argv: raw.json ? a : [] });
    case 'stopsignal':
    case 'maintainer':
      return Object.assign(base, { kind, value: a[0] ?? '' });
    case 'onbuild':
      return Object.assign(base, { kind, value: raw.rest, trigger: raw.sub ? toInstruction(raw.sub) : null });
    default:
      return Object.assign(base, { kind: 'unknown' as const });
  }
}
