import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze';
import { ruleIdsOf } from './ids';
import { applyEdits } from './fixes';

const RULE = 'stagecraft/retired-image';
const findings = (text: string) =>
  analyzeDockerfile(text).diagnostics.filter((d) => ruleIdsOf(d).includes(RULE));

const JAVA = [
  'FROM maven:3-eclipse-temurin-21 AS build',
  'COPY . /src',
  'RUN mvn -f /src/pom.xml package',
  'FROM gcr.io/distroless/java21-debian12:nonroot',
  'COPY --from=build /src/target/app.jar /app.jar',
  'CMD ["/app.jar"]',
  '',
].join('\n');

describe('retired base images', () => {
  it('warns on a distroless Debian 12 language image, naming the date, the commit and the replacement', () => {
    const [d, ...rest] = findings(JAVA);
    expect(rest).toEqual([]);
    expect(d.severity).toBe('warning');
    expect(d.range.start.line).toBe(4);
    expect(d.message).toContain(
      'gcr.io/distroless/java21-debian12:nonroot is retired upstream since 2026-02-27',
    );
    expect(d.message).toContain('Remove java debian12 builds');
    expect(d.message).toContain('b80e284');
    expect(d.hint).toContain('gcr.io/distroless/java21-debian13');
  });

  it('offers the replacement as a quick fix, keeping the tag, and the warning goes away', () => {
    const fix = findings(JAVA)[0].fixes?.[0];
    expect(fix?.title).toBe('Use gcr.io/distroless/java21-debian13:nonroot');
    const out = applyEdits(JAVA, fix!.edits);
    expect(out.split('\n')[3]).toBe('FROM gcr.io/distroless/java21-debian13:nonroot');
    expect(findings(out)).toEqual([]);
    const python = 'FROM gcr.io/distroless/python3-debian12\nCOPY app.py /app.py\nCMD ["/app.py"]\n';
    const p = findings(python)[0];
    expect(p.message).toContain('2026-05-12');
    expect(applyEdits(python, p.fixes![0].edits).split('\n')[0]).toBe(
      'FROM gcr.io/distroless/python3-debian13',
    );
  });

  it('gives no fix for a digest, and no warning for current images or stage references', () => {
    const pinned = `FROM gcr.io/distroless/static-debian11@sha256:${'a'.repeat(64)}\n`;
    expect(findings(pinned)).toHaveLength(1);
    expect(findings(pinned)[0].fixes ?? []).toEqual([]);
    expect(findings('FROM gcr.io/distroless/java21-debian13\nCMD ["/app.jar"]\n')).toEqual([]);
    expect(findings('FROM gcr.io/distroless/static-debian12\n')).toEqual([]);
    expect(findings('FROM golang:1.26 AS b\nFROM b\n')).toEqual([]);
    // A stage built on a stage that uses a retired image is reported once, at the FROM that names it.
    expect(findings('FROM gcr.io/distroless/nodejs22-debian12 AS base\nFROM base\n')).toHaveLength(1);
  });
});
