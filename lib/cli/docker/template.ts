/**
 * `--format` templates as the docker CLI runs them: Go's text/template with the CLI's functions
 * (docker/cli templates/templates.go: json, upper, lower, title, split, join, pad, truncate) and
 * Go's `index`. A small subset: text, `{{.Field}}`, nested `{{.Config.User}}`, function calls and
 * pipelines (`{{.Names | upper}}`), trim markers (`{{- … -}}`) and comments. Control structures
 * (`range`, `if`, `with`), variables and the other built-ins are not evaluated: the result then
 * names the part it cannot run. Pure; never throws.
 */

/** A value the simulator does not know; printed as `?` with `why` as a note. */
export class Unknown {
  constructor(readonly why: string) {}
}

/** A parsed action argument or command head. */
type Operand =
  | { kind: 'field'; path: string[]; pos: number; text: string }
  | { kind: 'dot'; pos: number }
  | { kind: 'string'; value: string; pos: number }
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'func'; name: string; pos: number };

type Command = Operand[];

type Node = { kind: 'text'; text: string } | { kind: 'action'; pipeline: Command[] };

/** A parsed template, or why it could not be parsed. */
export type Parsed =
  | { ok: true; nodes: Node[]; source: string }
  | { ok: false; error: string }
  | { ok: false; unsupported: string };

/** What running a template gave. */
export type Rendered =
  | { ok: true; text: string; unknown: string[] }
  /** Docker's own error (text/template's message, without the CLI's "template parsing error: "). */
  | { ok: false; error: string }
  /** A part of the template this evaluator does not run. */
  | { ok: false; unsupported: string };

/** The docker CLI's functions and the Go built-ins this evaluator runs. */
export const TEMPLATE_FUNCS: ReadonlySet<string> = new Set([
  'json',
  'upper',
  'lower',
  'title',
  'index',
  'join',
  'split',
  'pad',
  'truncate',
]);

/** Go's other built-in functions (text/template funcs.go): known to Docker, not run here. */
const GO_BUILTINS = new Set([
  'and',
  'call',
  'html',
  'js',
  'len',
  'not',
  'or',
  'print',
  'printf',
  'println',
  'slice',
  'urlquery',
  'eq',
  'ge',
  'gt',
  'le',
  'lt',
  'ne',
]);

/** Keywords of text/template actions, none of which this evaluator runs. */
const KEYWORDS = new Set([
  'if',
  'else',
  'end',
  'range',
  'with',
  'define',
  'template',
  'block',
  'break',
  'continue',
  'nil',
  'true',
  'false',
]);

const lineOf = (source: string, pos: number) => 1 + (source.slice(0, pos).match(/\n/g)?.length ?? 0);

/** Splits an action's text into tokens; null with the offending part when it has one it cannot read. */
function tokens(body: string, offset: number): { ok: true; list: Operand[][] } | { ok: false; part: string } {
  const commands: Operand[][] = [[]];
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const pos = offset + i;
    if (ch === '|') {
      commands.push([]);
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let value = '';
      while (j < body.length && body[j] !== '"') {
        if (body[j] === '\\' && j + 1 < body.length) {
          const e = body[j + 1];
          value += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          j += 2;
        } else value += body[j++];
      }
      if (j >= body.length) return { ok: false, part: body.slice(i) };
      commands[commands.length - 1].push({ kind: 'string', value, pos });
      i = j + 1;
      continue;
    }
    if (ch === '`') {
      const j = body.indexOf('`', i + 1);
      if (j === -1) return { ok: false, part: body.slice(i) };
      commands[commands.length - 1].push({ kind: 'string', value: body.slice(i + 1, j), pos });
      i = j + 1;
      continue;
    }
    const word = /^[^\s|()]+/.exec(body.slice(i))?.[0] ?? body[i];
    if (word === '.') commands[commands.length - 1].push({ kind: 'dot', pos });
    else if (/^(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(word))
      commands[commands.length - 1].push({ kind: 'field', path: word.slice(1).split('.'), pos, text: word });
    else if (/^-?\d+$/.test(word))
      commands[commands.length - 1].push({ kind: 'number', value: Number(word), pos });
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(word))
      commands[commands.length - 1].push({ kind: 'func', name: word, pos });
    else return { ok: false, part: word };
    i += word.length;
  }
  return { ok: true, list: commands };
}

/**
 * Parses `source` as text/template does, as far as this subset goes: Go's parse errors for an
 * unclosed action and an undefined function (`template: :1: …`), the part it cannot run otherwise.
 */
export function parseTemplate(source: string): Parsed {
  const nodes: Node[] = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('{{', i);
    if (open === -1) {
      nodes.push({ kind: 'text', text: source.slice(i) });
      break;
    }
    let text = source.slice(i, open);
    let start = open + 2;
    // `{{- ` trims the white space before the action (text/template's trim marker).
    if (/^- /.test(source.slice(start)) || source.slice(start, start + 2) === '-\t') {
      text = text.replace(/\s+$/, '');
      start += 1;
    }
    if (text) nodes.push({ kind: 'text', text });
    // The action ends at the first `}}` outside a quoted string.
    let j = start;
    let quote: string | null = null;
    while (j < source.length) {
      const c = source[j];
      if (quote) {
        if (c === '\\' && quote === '"') j++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === '`') quote = c;
      else if (c === '}' && source[j + 1] === '}') break;
      j++;
    }
    if (j >= source.length)
      return { ok: false, error: `template: :${lineOf(source, source.length)}: unclosed action` };
    let body = source.slice(start, j);
    let trimAfter = false;
    if (/\s-$/.test(body)) {
      body = body.slice(0, -1);
      trimAfter = true;
    }
    i = j + 2;
    if (trimAfter) while (i < source.length && /\s/.test(source[i])) i++;
    if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(body)) continue;
    // Variables and parenthesised pipelines are not run ($ and parentheses outside strings).
    if (/[$()]/.test(body.replace(/"(?:\\.|[^"\\])*"|`[^`]*`/g, '')))
      return { ok: false, unsupported: `{{${body.trim()}}}` };
    const t = tokens(body, start);
    if (!t.ok) return { ok: false, unsupported: t.part };
    if (t.list.some((c) => c.length === 0)) return { ok: false, unsupported: `{{${body.trim()}}}` };
    for (const command of t.list) {
      for (const op of command) {
        if (op.kind !== 'func') continue;
        if (KEYWORDS.has(op.name) || GO_BUILTINS.has(op.name)) return { ok: false, unsupported: op.name };
        if (!TEMPLATE_FUNCS.has(op.name))
          return {
            ok: false,
            error: `template: :${lineOf(source, op.pos)}: function "${op.name}" not defined`,
          };
      }
    }
    nodes.push({ kind: 'action', pipeline: t.list });
  }
  return { ok: true, nodes, source };
}

/** What the data is in Go: its type's name and which of its fields are maps. */
export interface DataShape {
  /** The Go type of the data, for "can't evaluate field" (null: a map, or a document the model has in part). */
  typeName: string | null;
  /** Fields that are Go maps (`map[…]`); other objects are structs. */
  maps?: ReadonlySet<string>;
}

class ExecError {
  constructor(readonly message: string) {}
}

class NotRun {
  constructor(readonly part: string) {}
}

/** A value while the template runs: where it came from decides how Go prints it. */
interface Value {
  v: unknown;
  /** The field that held it (for null's zero value and maps). */
  field: string | null;
  /** True for a Go map (printed `map[k:v]`). */
  map: boolean;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown);
}

/**
 * Go's json.Encoder with SetEscapeHTML(false): compact, U+2028 and U+2029 escaped. A formatter
 * context (`{{json .}}` on a list command) marshals itself as a Go map with json.Marshal
 * (docker/cli cli/command/formatter/reflect.go `MarshalJSON`): keys sorted, `<`, `>` and `&`
 * escaped.
 */
function goJson(v: unknown, context = false): string | Unknown {
  let unknown: Unknown | null = null;
  const value =
    context && isObject(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v;
  const text = JSON.stringify(value, (_k, x: unknown) => {
    if (x instanceof Unknown) unknown ??= x;
    return x instanceof Unknown ? null : x;
  });
  if (unknown) return unknown;
  const out = (text ?? 'null').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return context ? out.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026') : out;
}

/**
 * fmt's `%v` of a value as text/template prints it: strings bare, slices `[a b]`, maps
 * `map[k:v]` in key order, empty structs `{}`. A struct is not printed (its fields' order and
 * pointers are Go's): Unknown, pointing to `json`.
 */
function printValue(value: Value, shape: DataShape, path: string): string | Unknown {
  const { v } = value;
  if (v instanceof Unknown) return v;
  if (v === null || v === undefined)
    // A typed field prints its zero value (`map[]`, `[]`); where the daemon leaves an empty field
    // out of its JSON (API 1.52), the CLI's map fallback fails with "map has no entry for key".
    return new Unknown(
      `${path} is empty: Docker prints its Go zero value (map[], []) or, where the daemon leaves the field out, a template error`,
    );
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const parts = v.map((x) => printValue({ v: x, field: null, map: isObject(x) }, shape, path));
    const bad = parts.find((p) => p instanceof Unknown);
    return bad ?? `[${parts.join(' ')}]`;
  }
  if (isObject(v)) {
    const keys = Object.keys(v).filter((k) => v[k] !== undefined);
    if (!value.map) {
      if (keys.length === 0) return '{}';
      return new Unknown(
        `${path} is a Go struct, which text/template prints as its bare field values; {{json ${path}}} shows it`,
      );
    }
    const parts = keys
      .sort()
      .map(
        (k) =>
          [
            k,
            printValue(
              { v: v[k], field: null, map: isObject(v[k]) && Object.keys(v[k] as object).length > 0 },
              shape,
              path,
            ),
          ] as const,
      );
    const bad = parts.find(([, p]) => p instanceof Unknown);
    return bad ? bad[1] : `map[${parts.map(([k, p]) => `${k}:${p as string}`).join(' ')}]`;
  }
  return new Unknown(`${path} has a value the simulator cannot print`);
}

/** text/template's error location: `:line:col` of `pos` (the column counts bytes from 0). */
function at(source: string, pos: number, context: string): string {
  const before = source.slice(0, pos);
  const nl = before.lastIndexOf('\n');
  const col = nl === -1 ? pos : pos - (nl + 1);
  const shown = context.length > 20 ? `${context.slice(0, 20)}...` : context;
  return `template: :${lineOf(source, pos)}:${col}: executing "" at <${shown}>`;
}

function fieldOf(
  base: Value,
  name: string,
  shape: DataShape,
  top: boolean,
  where: () => string,
  text: string,
): Value {
  const { v } = base;
  if (v instanceof Unknown) return base;
  if (isObject(v)) {
    if (Object.prototype.hasOwnProperty.call(v, name) && v[name] !== undefined)
      return { v: v[name], field: name, map: shape.maps?.has(name) ?? false };
    if (base.map)
      return { v: new Unknown(`${text}: the key ${name} is not in the map`), field: name, map: false };
    if (top && shape.typeName)
      throw new ExecError(`${where()}: can't evaluate field ${name} in type ${shape.typeName}`);
    return {
      v: new Unknown(
        `${text} is not in the simulator's document, which has a subset of Docker's fields and leaves out values it cannot tell (Docker prints its value, or a template error if there is no such field)`,
      ),
      field: name,
      map: false,
    };
  }
  if (v === null || v === undefined)
    return {
      v: new Unknown(`${text}: the simulator knows no value for ${base.field ?? 'it'}`),
      field: name,
      map: false,
    };
  throw new NotRun(text);
}

function operandValue(
  op: Operand,
  data: unknown,
  shape: DataShape,
  source: string,
  header: Record<string, string> | null,
): Value {
  if (op.kind === 'string') return { v: op.value, field: null, map: false };
  if (op.kind === 'number') return { v: op.value, field: null, map: false };
  if (op.kind === 'dot') return { v: header ?? data, field: null, map: header !== null };
  if (op.kind === 'field') {
    if (header) {
      // The header row runs on the header names: a map (docker/cli formatter SubHeaderContext).
      const name = op.path[0];
      return {
        v: Object.prototype.hasOwnProperty.call(header, name) ? header[name] : '<no value>',
        field: null,
        map: false,
      };
    }
    // text/template places a chain's error at its second field (parse.go `operand`).
    const chainPos = op.path.length > 1 ? op.pos + op.path[0].length + 1 : op.pos;
    let value: Value = { v: data, field: null, map: false };
    op.path.forEach((name, k) => {
      value = fieldOf(value, name, shape, k === 0, () => at(source, chainPos, op.text), op.text);
    });
    return value;
  }
  throw new NotRun(op.name);
}

/**
 * A function's string argument. Go's functions take strings only: anything else is text/template's
 * "wrong type" error, which this evaluator names instead of printing a value.
 */
function asText(x: Value, label: string): string | Unknown {
  if (typeof x.v === 'string' || x.v instanceof Unknown) return x.v;
  throw new NotRun(`${label} (a function given a value that is not a string)`);
}

function callFunc(
  name: string,
  args: Value[],
  shape: DataShape,
  header: boolean,
  label: string,
  root: unknown,
): Value {
  const str = (v: string | Unknown): Value => ({ v, field: null, map: false });
  const unknownArg = args.find((a) => a.v instanceof Unknown);
  if (header) {
    // docker/cli templates.go HeaderFunctions: json, upper, lower, title, split, join and truncate
    // give the header back unchanged; pad still pads.
    if (name === 'pad' && args.length === 3) return callFunc(name, args, shape, false, label, null);
    return args[0] ?? str('');
  }
  const want: Record<string, number> = {
    json: 1,
    upper: 1,
    lower: 1,
    title: 1,
    join: 2,
    split: 2,
    pad: 3,
    truncate: 2,
  };
  if (name !== 'index' && args.length !== want[name])
    throw new NotRun(`${name} with ${args.length} arguments`);
  if (name === 'json') return str(goJson(args[0].v, shape.typeName !== null && args[0].v === root));
  if (unknownArg) return unknownArg;
  if (name === 'index') {
    if (args.length < 2) throw new NotRun('index with no key');
    let cur: Value = args[0];
    for (const key of args.slice(1)) {
      const v = cur.v;
      if (isObject(v) && typeof key.v === 'string') {
        if (!Object.prototype.hasOwnProperty.call(v, key.v) || v[key.v] === undefined)
          return str(
            new Unknown(
              `${label}: the key "${key.v}" is not there; Docker prints an empty value or <no value> (depending on how the CLI reads the object)`,
            ),
          );
        cur = { v: v[key.v], field: key.v, map: isObject(v[key.v]) };
      } else if (Array.isArray(v) && typeof key.v === 'number') {
        if (key.v < 0 || key.v >= v.length) throw new NotRun(`${label} (index out of range)`);
        cur = { v: v[key.v], field: null, map: isObject(v[key.v]) };
      } else if (v === null || v === undefined) {
        return str(new Unknown(`${label}: the simulator knows no value to index`));
      } else throw new NotRun(label);
    }
    return cur;
  }
  if (name === 'upper' || name === 'lower' || name === 'title') {
    const text = asText(args[0], label);
    if (text instanceof Unknown) return str(text);
    if (name === 'upper') return str(text.toUpperCase());
    if (name === 'lower') return str(text.toLowerCase());
    return str(
      text.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()),
    );
  }
  if (name === 'split') {
    const s = asText(args[0], label);
    const sep = asText(args[1], label);
    if (s instanceof Unknown || sep instanceof Unknown) throw new NotRun(label);
    return { v: sep === '' ? [...s] : s.split(sep), field: null, map: false };
  }
  if (name === 'join') {
    const sep = asText(args[1], label);
    if (sep instanceof Unknown) return str(sep);
    if (!Array.isArray(args[0].v) || !args[0].v.every((x) => typeof x === 'string')) throw new NotRun(label);
    return str((args[0].v as string[]).join(sep));
  }
  if (name === 'pad' || name === 'truncate') {
    const s = asText(args[0], label);
    if (s instanceof Unknown) return str(s);
    if (name === 'truncate') {
      const n = args[1].v;
      if (typeof n !== 'number') throw new NotRun(label);
      // Go slices bytes; the same for ASCII.
      return str(s.length < n ? s : s.slice(0, n));
    }
    const [p, q] = [args[1].v, args[2].v];
    if (typeof p !== 'number' || typeof q !== 'number') throw new NotRun(label);
    return str(s === '' ? s : ' '.repeat(Math.max(0, p)) + s + ' '.repeat(Math.max(0, q)));
  }
  throw new NotRun(name);
}

/**
 * Runs a parsed template on `data`. With `header` (a table's header names by field), the header
 * row is rendered instead, as the docker CLI does for `table` formats.
 */
export function renderTemplate(
  parsed: Extract<Parsed, { ok: true }>,
  data: unknown,
  shape: DataShape,
  header: Record<string, string> | null = null,
): Rendered {
  const unknown: string[] = [];
  let out = '';
  try {
    for (const node of parsed.nodes) {
      if (node.kind === 'text') {
        out += node.text;
        continue;
      }
      let piped: Value | null = null;
      const label = `{{${node.pipeline.map((c) => c.map(opText).join(' ')).join(' | ')}}}`;
      for (const command of node.pipeline) {
        const [head, ...rest] = command;
        if (head.kind === 'func') {
          const args = rest.map((op) => operandValue(op, data, shape, parsed.source, header));
          if (piped) args.push(piped);
          piped = callFunc(head.name, args, shape, header !== null, label, data);
        } else {
          if (rest.length > 0 || piped) throw new NotRun(label);
          piped = operandValue(head, data, shape, parsed.source, header);
        }
      }
      if (!piped) continue;
      const printed = printValue(piped, shape, label);
      if (printed instanceof Unknown) {
        unknown.push(printed.why);
        out += '?';
      } else out += printed;
    }
  } catch (error) {
    if (error instanceof ExecError) return { ok: false, error: error.message };
    if (error instanceof NotRun) return { ok: false, unsupported: error.part };
    return { ok: false, unsupported: String(error) };
  }
  return { ok: true, text: out, unknown: [...new Set(unknown)] };
}

function opText(op: Operand): string {
  if (op.kind === 'field') return op.text;
  if (op.kind === 'dot') return '.';
  if (op.kind === 'string') return JSON.stringify(op.value);
  if (op.kind === 'number') return String(op.value);
  return op.name;
}

/**
 * What the docker CLI does to a list command's format before parsing it (docker/cli
 * cli/command/formatter/formatter.go `preFormat`): `table` dropped (and remembered), spaces
 * trimmed, the two-character escapes `\t` and `\n` turned into a tab and a newline.
 */
export function preFormat(format: string): { table: boolean; source: string } {
  const table = format.startsWith('table');
  const body = (table ? format.slice('table'.length) : format).replace(/^ +| +$/g, '');
  return { table, source: body.replace(/\\t/g, '\t').replace(/\\n/g, '\n') };
}
