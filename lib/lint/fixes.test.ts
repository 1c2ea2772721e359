import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze';
import { ruleIdsOf } from './ids';
import { applyEdits } from './fixes';
import { catalogTags, resolveImage } from '../catalog';

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

describe('pinning an image to the catalog', () => {
  const tagOf = (text: string | null) => /^FROM (\S+)/.exec(text ?? '')?.[1] ?? '';

  it('replaces a tag the catalog lacks with its newest one, and the unknown image goes away', () => {
    const out = fixed('FROM golang:1.15\nRUN go version\n', 'plan/unknown-image');
    const ref = tagOf(out);
    expect(ref).toMatch(/^golang:1\.\d+$/);
    expect(resolveImage(ref).image?.retired).toBeUndefined();
    expect(resolveImage(ref).image?.repository).toBe('golang');
    expect(ids(out ?? '')).not.toContain('plan/unknown-image');
    // No catalog tag of golang with two version parts is newer than the one chosen.
    const minor = Number(ref.split('.')[1]);
    for (const t of catalogTags('golang')) {
      const m = /^1\.(\d+)$/.exec(t);
      if (m) expect(Number(m[1])).toBeLessThanOrEqual(minor);
    }
  });

  it('keeps the variant and the number of version parts', () => {
    expect(tagOf(fixed('FROM node:16-alpine AS web\n', 'plan/unknown-image'))).toMatch(/^node:\d+-alpine$/);
    expect(tagOf(fixed('FROM python:3.7-slim\n', 'plan/unknown-image'))).toMatch(/^python:3\.\d+-slim$/);
  });

  it('gives an untagged or latest image a version tag (DL3006, DL3007), keeping the name as written', () => {
    const out = fixed('FROM docker.io/library/ubuntu AS base\n', 'DL3006');
    expect(out).toMatch(/^FROM docker\.io\/library\/ubuntu:\d+\.\d+ AS base\n$/);
    expect(ids(out ?? '')).not.toContain('DL3006');
    const latest = fixed('FROM golang:latest\n', 'DL3007');
    expect(tagOf(latest)).toMatch(/^golang:1\.\d+$/);
    expect(ids(latest ?? '')).not.toContain('DL3007');
  });

  it('offers nothing for a tag the catalog knows, a variable, a digest or an image it does not know', () => {
    const pins = (text: string) =>
      analyzeDockerfile(text)
        .diagnostics.flatMap((d) => d.fixes ?? [])
        .filter((f) => f.title.startsWith('Pin'));
    expect(pins('FROM golang:1.25\n')).toEqual([]);
    expect(pins('ARG BASE=golang\nFROM $BASE\n')).toEqual([]);
    expect(pins(`FROM golang@sha256:${'a'.repeat(64)}\n`)).toEqual([]);
    expect(pins('FROM example.org/team/app\n')).toEqual([]);
  });

  it('replaces a retired distroless image with the one its publisher names', () => {
    const out = fixed('FROM gcr.io/distroless/static-debian11\nCOPY app /app\n', 'stagecraft/retired-image');
    expect(tagOf(out)).toBe(`${resolveImage('gcr.io/distroless/static-debian11').retired?.replacement}`);
    expect(ids(out ?? '')).not.toContain('stagecraft/retired-image');
  });
});
