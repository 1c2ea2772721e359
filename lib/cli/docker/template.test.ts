import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tabwrite } from './output';
import { parseTemplate, preFormat, renderTemplate, Unknown, type DataShape } from './template';

const doc = {
  Id: 'sha256:abc',
  RepoTags: ['calc:latest', 'calc:v1'],
  Config: {
    User: 'nonroot',
    Env: ['PATH=/usr/bin', 'A=b c'],
    ExposedPorts: { '8080/tcp': {} },
    Labels: { 'org.opencontainers.image.title': 'calc', maintainer: 'me' },
    Entrypoint: null,
    StopSignal: undefined,
  },
  Size: 2_140_000,
  State: { Running: true },
};
const INSPECT: DataShape = { typeName: null, maps: new Set(['Labels', 'ExposedPorts', 'Volumes']) };

function run(template: string, data: unknown = doc, shape: DataShape = INSPECT) {
  const parsed = parseTemplate(template);
  if (!parsed.ok) return parsed;
  return renderTemplate(parsed, data, shape);
}

describe('Go templates: what the evaluator prints', () => {
  it('fields, nested fields, text around them', () => {
    expect(run('{{.Id}}')).toEqual({ ok: true, text: 'sha256:abc', unknown: [] });
    expect(run('user={{.Config.User}} size={{.Size}}')).toEqual({
      ok: true,
      text: 'user=nonroot size=2140000',
      unknown: [],
    });
    expect(run('{{ .State.Running }}')).toMatchObject({ text: 'true' });
  });

  it('slices print as [a b], maps as map[k:v] in key order, empty structs as {}', () => {
    expect(run('{{.Config.Env}}')).toMatchObject({ text: '[PATH=/usr/bin A=b c]' });
    expect(run('{{.RepoTags}}')).toMatchObject({ text: '[calc:latest calc:v1]' });
    expect(run('{{.Config.Labels}}')).toMatchObject({
      text: 'map[maintainer:me org.opencontainers.image.title:calc]',
    });
    expect(run('{{.Config.ExposedPorts}}')).toMatchObject({ text: 'map[8080/tcp:{}]' });
  });

  it('json keeps the document’s key order, compact, without HTML escaping', () => {
    expect(run('{{json .Config}}')).toMatchObject({
      text: '{"User":"nonroot","Env":["PATH=/usr/bin","A=b c"],"ExposedPorts":{"8080/tcp":{}},"Labels":{"org.opencontainers.image.title":"calc","maintainer":"me"},"Entrypoint":null}',
    });
    expect(run('{{json .}}', { a: '<&>' })).toMatchObject({ text: '{"a":"<&>"}' });
    expect(run('{{.Config.Env | json}}')).toMatchObject({ text: '["PATH=/usr/bin","A=b c"]' });
  });

  it('index, upper, lower, join, split, pad, truncate', () => {
    expect(run('{{index .Config.Labels "maintainer"}}')).toMatchObject({ text: 'me' });
    expect(run('{{index . "$(k)"}}', { '$(k)': 'v' })).toMatchObject({ text: 'v' });
    expect(run('{{index .RepoTags 1}}')).toMatchObject({ text: 'calc:v1' });
    expect(run('{{upper .Config.User}} {{.Config.User | lower}}')).toMatchObject({ text: 'NONROOT nonroot' });
    expect(run('{{join .RepoTags ","}}')).toMatchObject({ text: 'calc:latest,calc:v1' });
    expect(run('{{split .Id ":"}}')).toMatchObject({ text: '[sha256 abc]' });
    expect(run('[{{pad .Config.User 1 2}}] {{truncate .Id 6}}')).toMatchObject({
      text: '[ nonroot  ] sha256',
    });
    expect(run('{{title "hello world"}}')).toMatchObject({ text: 'Hello World' });
  });

  it('trim markers and comments', () => {
    expect(run('a  {{- .Config.User -}}  b{{/* note */}}')).toMatchObject({ text: 'anonrootb' });
  });
});

describe('Go templates: what it cannot tell or run', () => {
  it('a field the document lacks is unknown, printed ? with why', () => {
    const r = run('{{.NetworkSettings.IPAddress}}');
    expect(r).toMatchObject({ ok: true, text: '?' });
    expect((r as { unknown: string[] }).unknown[0]).toMatch(
      /is not in the simulator's document, which has a subset of Docker's fields/,
    );
    expect(run('{{.Config.Entrypoint}}')).toMatchObject({ text: '?' });
    expect(run('{{index .Config.Labels "nope"}}')).toMatchObject({ text: '?' });
    expect(run('{{.Config}}')).toMatchObject({ text: '?' });
    expect(run('{{.A}}', { A: new Unknown('not modelled') })).toEqual({
      ok: true,
      text: '?',
      unknown: ['not modelled'],
    });
  });

  it('control structures, variables and other built-ins are named, not run', () => {
    expect(run('{{range .RepoTags}}{{.}}{{end}}')).toEqual({ ok: false, unsupported: 'range' });
    expect(run('{{if .Size}}big{{end}}')).toEqual({ ok: false, unsupported: 'if' });
    expect(run('{{printf "%s" .Id}}')).toEqual({ ok: false, unsupported: 'printf' });
    // Go's functions take strings: a slice is text/template's "wrong type" error, named here.
    expect(run('{{upper .RepoTags}}')).toEqual({
      ok: false,
      unsupported: '{{upper .RepoTags}} (a function given a value that is not a string)',
    });
    expect(run('{{$x := .Id}}')).toEqual({ ok: false, unsupported: '{{$x := .Id}}' });
  });

  it('Go’s own parse and execution errors', () => {
    expect(run('{{.Id')).toEqual({ ok: false, error: 'template: :1: unclosed action' });
    expect(run('{{foo .Id}}')).toEqual({ ok: false, error: 'template: :1: function "foo" not defined' });
    const ctx: DataShape = { typeName: '*formatter.ContainerContext' };
    expect(run('{{.ID}} {{.Foo}}', { ID: 'x' }, ctx)).toEqual({
      ok: false,
      error:
        'template: :1:10: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext',
    });
  });

  it('never throws on random templates built from its own syntax', () => {
    const piece = fc.constantFrom(
      '{{',
      '}}',
      '.',
      'Config',
      '.Id',
      ' ',
      '|',
      'json',
      'index',
      '"k"',
      '-',
      '/*',
      '*/',
      '`',
      'upper',
      '\n',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        expect(() => run(parts.join(''))).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on odd input', () => {
    for (const t of [
      '{{',
      '}}',
      '{{}}',
      '{{"a}}',
      '{{|}}',
      '{{.}}',
      '{{ . | upper }}',
      '{{index}}',
      '{{json}}',
      '{{-}}',
    ])
      expect(() => run(t)).not.toThrow();
  });
});

describe('the docker CLI around templates', () => {
  it('preFormat drops table, trims spaces and turns \\t and \\n into tab and newline', () => {
    expect(preFormat('table {{.ID}}\\t{{.Names}} ')).toEqual({ table: true, source: '{{.ID}}\t{{.Names}}' });
    expect(preFormat('{{.ID}}\\n')).toEqual({ table: false, source: '{{.ID}}\n' });
  });

  it('tabwrite pads cells a tab ends to the column width (min 10, padding 3)', () => {
    expect(tabwrite('A\tB\nlonger-name\tx')).toBe('A             B\nlonger-name   x');
    expect(tabwrite('a\t\nb\tc')).toBe('a         \nb         c');
  });
});
