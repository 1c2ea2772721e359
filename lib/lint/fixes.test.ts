import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze';
import { ruleIdsOf } from './ids';
import { applyEdits } from './fixes';

/** The text after the quick fix of the first finding with `id`, or null when none is offered. */
function fixed(text: string, id: string): string | null {
  const d = analyzeDockerfile(text).diagnostics.find((x) => ruleIdsOf(x).includes(id));
  const fix = d?.fixes?.[0];
  return fix ? applyEdits(text, fix.edits) : null;
}
const ids = (text: string) => analyzeDockerfile(text).diagnostics.flatMap((d) => ruleIdsOf(d));

describe('quick fixes', () => {
  it('turns a plain shell-form CMD or ENTRYPOINT into exec form, and the finding goes away', () => {
    const text = 'FROM alpine:3.20\nCMD  node server.js --port=8080\n';
    const out = fixed(text, 'JSONArgsRecommended');
    expect(out).toBe('FROM alpine:3.20\nCMD  ["node", "server.js", "--port=8080"]\n');
    expect(ids(out ?? '')).not.toContain('JSONArgsRecommended');
    expect(fixed('FROM scratch\nCOPY app /app\nENTRYPOINT /app\n', 'stagecraft/shell-form-no-shell')).toBe(
      'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]\n',
    );
  });

  it('offers no exec form where a shell would change the meaning', () => {
    expect(fixed('FROM alpine:3.20\nCMD echo $HOME\n', 'JSONArgsRecommended')).toBeNull();
    expect(fixed('FROM alpine:3.20\nCMD a && b\n', 'JSONArgsRecommended')).toBeNull();
    expect(fixed('FROM alpine:3.20\nCMD echo "a b"\n', 'JSONArgsRecommended')).toBeNull();
  });

  it('adds --no-install-recommends to every apt-get install that lacks it', () => {
    const text =
      'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl \\\n    && apt-get -y install git\n';
    const out = fixed(text, 'DL3015');
    expect(out).toBe(
      'FROM ubuntu:22.04\nRUN apt-get update && apt-get install --no-install-recommends -y curl \\\n    && apt-get -y install --no-install-recommends git\n',
    );
    expect(ids(out ?? '')).not.toContain('DL3015');
  });

  it('removes the apt lists in the same RUN', () => {
    const text = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n';
    const out = fixed(text, 'DL3009') ?? '';
    expect(out).toContain('curl \\\n    && rm -rf /var/lib/apt/lists/*\n');
    expect(ids(out).filter((x) => x === 'DL3009' || x === 'stagecraft/apt-lists')).toEqual([]);
  });

  it('writes AS in the case of FROM', () => {
    expect(fixed('FROM alpine:3.20 as build\nFROM scratch\n', 'FromAsCasing')).toBe(
      'FROM alpine:3.20 AS build\nFROM scratch\n',
    );
    expect(fixed('from alpine:3.20 AS build\nfrom scratch\n', 'FromAsCasing')).toBe(
      'from alpine:3.20 as build\nfrom scratch\n',
    );
  });

  it('replaces MAINTAINER with a LABEL', () => {
    const out = fixed('FROM alpine:3.20\nMAINTAINER Jane <jane@example.org>\n', 'DL4000') ?? '';
    expect(out).toBe('FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane <jane@example.org>"\n');
    expect(ids(out)).not.toContain('MaintainerDeprecated');
  });
});
