import { describe, expect, it } from 'vitest';
import { EXPANDING_KINDS, expandVariables } from './expand';

const vars = { GO: '1.21', EMPTY: '', PATH: '/usr/bin:/bin', FILE: 'archive.tar.gz' };
const x = (t: string, esc: '\\' | '`' = '\\') => expandVariables(t, vars, esc);

describe('expandVariables', () => {
  it('expands $VAR and ${VAR}', () => {
    expect(x('golang:$GO').value).toBe('golang:1.21');
    expect(x('golang:${GO}-alpine').value).toBe('golang:1.21-alpine');
    expect(x('$GO$GO').value).toBe('1.211.21');
    expect(x('cost: $').value).toBe('cost: $');
  });

  it('reports undefined variables once, and not those with a default', () => {
    expect(x('$NOPE/${NOPE}/$ALSO').undefinedVars).toEqual(['NOPE', 'ALSO']);
    expect(x('${NOPE:-x}${NOPE-y}${NOPE:+z}').undefinedVars).toEqual([]);
    expect(x('$NOPE').value).toBe('');
  });

  it('applies the default and alternative modifiers with and without a colon', () => {
    expect(x('${EMPTY:-d}').value).toBe('d');
    expect(x('${EMPTY-d}').value).toBe('');
    expect(x('${UNSET-d}').value).toBe('d');
    expect(x('${GO:+set}').value).toBe('set');
    expect(x('${EMPTY:+set}').value).toBe('');
    expect(x('${EMPTY+set}').value).toBe('set');
    expect(x('${UNSET+set}').value).toBe('');
    expect(x('${UNSET:-$GO}').value).toBe('1.21');
  });

  it('reports required variables and bad substitutions without throwing', () => {
    expect(x('${UNSET:?must be set}').error).toContain('UNSET: must be set');
    expect(x('${}').error).toContain('bad substitution');
    expect(x('${GO').error).toContain("missing '}'");
    expect(x('${GO').value).toBe('${GO');
  });

  it('trims prefixes and suffixes and replaces patterns', () => {
    expect(x('${FILE%.*}').value).toBe('archive.tar');
    expect(x('${FILE%%.*}').value).toBe('archive');
    expect(x('${FILE#*.}').value).toBe('tar.gz');
    expect(x('${FILE##*.}').value).toBe('gz');
    expect(x('${PATH/bin/sbin}').value).toBe('/usr/sbin:/bin');
    expect(x('${PATH//bin/sbin}').value).toBe('/usr/sbin:/sbin');
  });

  it('keeps single quotes literal, expands in double quotes and removes the quotes', () => {
    expect(x("'$GO'").value).toBe('$GO');
    expect(x('"v$GO"').value).toBe('v1.21');
    expect(x('"a \\"b\\" \\$GO \\n"').value).toBe('a "b" $GO \\n');
    expect(x('"two words"').value).toBe('two words');
  });

  it('honours the escape character', () => {
    expect(x('\\$GO').value).toBe('$GO');
    expect(x('value\\ with\\ spaces').value).toBe('value with spaces');
    expect(x('`$GO', '`').value).toBe('$GO');
    expect(x('C:\\path', '`').value).toBe('C:\\path');
  });

  it('lists the instructions Docker expands (not RUN, CMD, ENTRYPOINT)', () => {
    expect(EXPANDING_KINDS.has('from')).toBe(true);
    expect(EXPANDING_KINDS.has('copy')).toBe(true);
    expect(EXPANDING_KINDS.has('run')).toBe(false);
    expect(EXPANDING_KINDS.has('cmd')).toBe(false);
    expect(EXPANDING_KINDS.has('entrypoint')).toBe(false);
  });
});
