import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planBuild } from '../plan/plan';
import { headingIdsFromMdx } from '../quiz/anchors';
import { parseDockerfile } from '../dockerfile/parse';
import { LESSONS, LINT_RULES, lintDockerfile } from './index';

function lint(text: string, target: string | null = null) {
  const df = parseDockerfile(text);
  return lintDockerfile(df, planBuild(df, { target }));
}
const ids = (text: string, target: string | null = null) =>
  lint(text, target).map((d) => `${d.ruleId}@${d.range.start.line}`);
/** Every id of every finding (its own and its aliases), as `id@line`. */
const allIds = (text: string) =>
  lint(text).flatMap((d) => [d.ruleId, ...(d.aliases ?? [])].map((id) => `${id}@${d.range.start.line}`));

describe('rule metadata', () => {
  it('has unique ids, docs links and valid severities', () => {
    const seen = new Set<string>();
    for (const r of LINT_RULES) {
      expect(seen.has(r.id), r.id).toBe(false);
      seen.add(r.id);
      expect(r.docsUrl).toMatch(
        /^https:\/\/(docs\.docker\.com\/reference\/build-checks\/[a-z-]+\/|github\.com\/hadolint\/hadolint\/wiki\/DL\d{4}|docs\.docker\.com\/)/,
      );
      expect(['error', 'warning', 'info']).toContain(r.severity);
      if (r.lessonPath) expect(r.lessonPath).toMatch(/^\/learn\/[a-z-]+#[a-z0-9-]+$/);
    }
    expect(seen.size).toBeGreaterThanOrEqual(19 + 22 + 7);
  });

  it('links every rule to a lesson section that exists', () => {
    const root = path.join(__dirname, '../../content/lessons');
    const folders = fs.readdirSync(root);
    for (const link of Object.values(LESSONS)) {
      const [, slug, anchor] = /^\/learn\/([a-z-]+)#(.+)$/.exec(link) ?? [];
      const folder = folders.find((f) => f.replace(/^\d{2}-/, '') === slug);
      expect(folder, link).toBeDefined();
      const mdx = fs.readFileSync(path.join(root, folder!, 'index.mdx'), 'utf8');
      expect(headingIdsFromMdx(mdx), link).toContain(anchor);
    }
  });
});

describe("Docker's build checks", () => {
  const cases: Array<[string, string, string]> = [
    ['StageNameCasing', 'FROM alpine:3.20 AS BuilderBase\n', 'StageNameCasing@1'],
    ['FromAsCasing', 'FROM alpine:3.20 as base\n', 'FromAsCasing@1'],
    // BuildKit reports the line after the empty one.
    ['NoEmptyContinuation', 'FROM alpine:3.20\nRUN echo a && \\\n\n  echo b\n', 'NoEmptyContinuation@4'],
    [
      'ConsistentInstructionCasing',
      'FROM alpine:3.20\nRUN echo\nrun echo\nCMD ["x"]\n',
      'ConsistentInstructionCasing@3',
    ],
    ['DuplicateStageName', 'FROM alpine:3.20 AS a\nFROM alpine:3.20 AS a\n', 'DuplicateStageName@2'],
    ['ReservedStageName', 'FROM alpine:3.20 AS scratch\n', 'ReservedStageName@1'],
    ['JSONArgsRecommended', 'FROM alpine:3.20\nCMD echo hi\n', 'JSONArgsRecommended@2'],
    ['MaintainerDeprecated', 'FROM alpine:3.20\nMAINTAINER me\n', 'MaintainerDeprecated@2'],
    ['UndefinedArgInFrom', 'FROM alpine:${TAG}\n', 'UndefinedArgInFrom@1'],
    ['WorkdirRelativePath', 'FROM alpine:3.20\nWORKDIR app\n', 'WorkdirRelativePath@2'],
    ['UndefinedVar', 'FROM alpine:3.20\nENV PATH=$PAHT:/app/bin\n', 'UndefinedVar@2'],
    [
      'MultipleInstructionsDisallowed',
      'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n',
      'MultipleInstructionsDisallowed@2',
    ],
    ['LegacyKeyValueFormat', 'FROM alpine:3.20\nENV A 1\n', 'LegacyKeyValueFormat@2'],
    ['RedundantTargetPlatform', 'FROM --platform=$TARGETPLATFORM alpine:3.20\n', 'RedundantTargetPlatform@1'],
    ['SecretsUsedInArgOrEnv', 'FROM alpine:3.20\nARG GITHUB_TOKEN\n', 'SecretsUsedInArgOrEnv@2'],
    ['InvalidDefaultArgInFrom', 'ARG TAG\nFROM busybox:${TAG}\n', 'InvalidDefaultArgInFrom@2'],
    [
      'FromPlatformFlagConstDisallowed',
      'FROM --platform=linux/amd64 alpine:3.20\n',
      'FromPlatformFlagConstDisallowed@1',
    ],
    ['ExposeProtoCasing', 'FROM alpine:3.20\nEXPOSE 80/TCP\n', 'ExposeProtoCasing@2'],
    ['ExposeInvalidFormat', 'FROM alpine:3.20\nEXPOSE 127.0.0.1:80:80\n', 'ExposeInvalidFormat@2'],
  ];
  for (const [name, text, want] of cases) it(name, () => expect(ids(text)).toContain(want));

  it('uses Docker wording', () => {
    const d = lint('FROM alpine:3.20 AS BuilderBase\n').find((x) => x.ruleId === 'StageNameCasing');
    expect(d?.message).toBe("Stage name 'BuilderBase' should be lowercase");
    expect(d?.docsUrl).toBe('https://docs.docker.com/reference/build-checks/stage-name-casing/');
    const u = lint('FROM alpine:3.20\nENV PATH=$PAHT:/app/bin\n').find((x) => x.ruleId === 'UndefinedVar');
    expect(u?.message).toBe("Usage of undefined variable '$PAHT' (did you mean $PATH?)");
  });

  it('knows ARG scoping for UndefinedVar and declared globals in FROM', () => {
    expect(ids('ARG V=1\nFROM alpine:3.20\nRUN echo\nENV X=$V\n')).toContain('UndefinedVar@4');
    expect(ids('ARG V=1\nFROM alpine:3.20\nARG V\nENV X=$V\n')).not.toContain('UndefinedVar@4');
    expect(ids('ARG TAG=3.20\nFROM alpine:${TAG}\n')).toEqual([]);
  });

  it('honours # check=skip', () => {
    expect(ids('# check=skip=JSONArgsRecommended\nFROM alpine:3.20\nCMD echo hi\n')).not.toContain(
      'JSONArgsRecommended@3',
    );
  });
});

describe('hadolint rules, stage-aware', () => {
  it('does not call stage names or scratch untagged images', () => {
    const r = ids('FROM golang:1.21 AS build\nFROM build AS test\nFROM scratch\nCOPY --from=build /a /a\n');
    expect(r.filter((x) => x.startsWith('DL3006'))).toEqual([]);
    expect(ids('FROM ubuntu\n')).toContain('DL3006@1');
    expect(ids('FROM ubuntu:latest\n')).toContain('DL3007@1');
  });

  it('does not call COPY --from=image:tag an unknown alias, but flags a misspelt stage', () => {
    expect(
      ids('FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n').filter((x) =>
        x.startsWith('DL3022'),
      ),
    ).toEqual([]);
    expect(ids('FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=biuld /a /a\n')).toContain('DL3022@3');
  });

  it('keeps one finding when hadolint and Docker report the same thing', () => {
    const r = ids('FROM alpine:3.20\nCMD echo hi\n');
    expect(r).toContain('JSONArgsRecommended@2');
    expect(r).not.toContain('DL3025@2');
  });

  it('reports the other hadolint rules', () => {
    expect(ids('FROM alpine:3.20\nCOPY app.py app/\n')).toContain('DL3045@2');
    expect(ids('FROM alpine:3.20\nWORKDIR /srv\nCOPY app.py app/\n')).not.toContain('DL3045@3');
    expect(ids('FROM alpine:3.20\nUSER root\n')).toContain('DL3002@2');
    expect(ids('FROM alpine:3.20\nRUN cd /tmp && make\n')).toContain('DL3003@2');
    expect(allIds('FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\n')).toEqual(
      expect.arrayContaining(['DL3009@2', 'stagecraft/apt-lists@2', 'DL3015@2', 'DL3008@2']),
    );
    expect(ids('FROM alpine:3.20\nRUN apk add curl\n')).toContain('DL3019@2');
    expect(ids('FROM alpine:3.20\nADD app.py /app/\n')).toContain('DL3020@2');
    expect(ids('FROM alpine:3.20\nADD https://example.com/a.tgz /app/\n')).not.toContain('DL3020@2');
    expect(ids('FROM python:3.12-slim\nRUN pip install flask\n')).toContain('DL3042@2');
    expect(ids('FROM alpine:3.20\nRUN echo a\nRUN echo b\n')).toContain('DL3059@3');
    expect(ids('FROM alpine:3.20\nRUN wget -O- x | tar x\n')).toContain('DL4006@2');
    expect(ids('FROM alpine:3.20\nWORKDIR /a\nWORKDIR b\n')).toContain('DL3000@3');
    expect(ids('FROM alpine:3.20 AS a\nCOPY --from=a /x /y\n')).not.toContain('DL3023@2');
  });

  it("reports apt lists in the last stage and in stages built on, as hadolint's DL3009 does", () => {
    const build = 'FROM ubuntu:22.04 AS build\nRUN apt-get update && apt-get install -y gcc\n';
    expect(allIds(`${build}FROM scratch\nCOPY --from=build /a /a\n`)).not.toContain('DL3009@2');
    expect(allIds(`${build}FROM build\nRUN make\n`)).toContain('DL3009@2');
  });
});

describe('teaching rules', () => {
  const calculator = (entry: string) =>
    `FROM ubuntu:22.04 AS build\nRUN apt-get update && apt-get install -y golang-go\nCOPY calculator.go .\nRUN CGO_ENABLED=0 go build calculator.go\n\nFROM scratch\nCOPY --from=build /calculator /calculator\n${entry}\n`;

  it('flags shell form on scratch, not exec form', () => {
    const bad = lint(calculator('ENTRYPOINT ./calculator')).find(
      (d) => d.ruleId === 'stagecraft/shell-form-no-shell',
    );
    expect(bad?.range.start.line).toBe(8);
    expect(bad?.message).toContain('exec: "/bin/sh": stat /bin/sh: no such file or directory');
    expect(ids(calculator('ENTRYPOINT ["/calculator"]')).filter((x) => x.startsWith('stagecraft/'))).toEqual(
      [],
    );
  });

  it('flags RUN in a stage without a shell as a build error, following FROM <stage> and the catalog', () => {
    const d = lint('FROM gcr.io/distroless/static-debian12 AS run\nFROM run\nRUN echo hi\n').find(
      (x) => x.ruleId === 'stagecraft/run-no-shell',
    );
    expect(d?.severity).toBe('error');
    expect(ids('FROM gcr.io/distroless/static-debian12:debug\nRUN echo hi\n')).not.toContain(
      'stagecraft/run-no-shell@2',
    );
    expect(ids('FROM scratch\nRUN ["/busybox", "true"]\n')).not.toContain('stagecraft/run-no-shell@2');
  });

  it('flags CMD in a stage that does not ship', () => {
    expect(ids('FROM alpine:3.20 AS build\nCMD ["x"]\nFROM alpine:3.20\nCMD ["y"]\n')).toContain(
      'stagecraft/cmd-in-unshipped-stage@2',
    );
    expect(ids('FROM alpine:3.20 AS base\nCMD ["x"]\nFROM base\n')).not.toContain(
      'stagecraft/cmd-in-unshipped-stage@2',
    );
  });

  it('flags build tools and full bases in the image that ships, not in build stages', () => {
    const single = ids(
      'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y golang-go\nCOPY calculator.go .\nRUN go build calculator.go\nENTRYPOINT ["./calculator"]\n',
    );
    expect(single).toEqual(
      expect.arrayContaining([
        'stagecraft/build-tools-in-final@2',
        'stagecraft/build-tools-in-final@4',
        'stagecraft/full-base-in-final@1',
        'stagecraft/apt-lists@2',
      ]),
    );
    expect(single).not.toContain('DL3009@2');
    const multi = ids(calculator('ENTRYPOINT ["/calculator"]'));
    expect(multi.filter((x) => x.startsWith('stagecraft/'))).toEqual([]);
    expect(ids('FROM golang:1.21 AS b\nFROM scratch\nCOPY . .\n')).toContain(
      'stagecraft/build-tools-in-final@3',
    );
    expect(
      ids('FROM python:3.12-slim AS b\nFROM gcr.io/distroless/python3-debian12\nCOPY . /app\n'),
    ).not.toContain('stagecraft/build-tools-in-final@3');
  });

  it('words the build-tools finding with one singular subject for Go and Maven', () => {
    const messages = [
      'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y golang-go\nCOPY . .\nRUN go build -o /app .\n',
      'FROM maven:3.9-eclipse-temurin-17\nCOPY . .\nRUN mvn -B package\n',
    ]
      .flatMap((text) => lint(text))
      .filter((d) => d.ruleId === 'stagecraft/build-tools-in-final')
      .map((d) => d.message);
    expect(messages.join('\n')).toMatch(
      /the Go toolchain, with its build cache, ends up in the image that ships/,
    );
    expect(messages.join('\n')).toMatch(/the JDK, with the build tool and its repository cache, ends up/);
    expect(messages.join('\n')).not.toMatch(/build cache ends up/);
  });

  it('keeps apt lists cleaned in the same RUN quiet', () => {
    expect(
      ids(
        'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      ).filter((x) => /^(DL3009|DL3015|stagecraft\/apt-lists)@2$/.test(x)),
    ).toEqual([]);
  });

  it('flags a HEALTHCHECK calling curl where there is none', () => {
    expect(
      ids('FROM gcr.io/distroless/static-debian12\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n'),
    ).toContain('stagecraft/healthcheck-no-tool@2');
    expect(ids('FROM golang:1.21\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n')).not.toContain(
      'stagecraft/healthcheck-no-tool@2',
    );
    expect(
      ids(
        'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nHEALTHCHECK CMD curl -f http://x/\n',
      ),
    ).not.toContain('stagecraft/healthcheck-no-tool@3');
  });

  it('flags a base image its publisher no longer builds, once per FROM chain', () => {
    const found = lint(
      'FROM gcr.io/distroless/nodejs24-debian12:nonroot AS base\nFROM base\nCMD ["server.js"]\n',
    );
    const retired = found.filter((d) => d.ruleId === 'stagecraft/retired-image');
    expect(retired.map((d) => d.range.start.line)).toEqual([1]);
    expect(retired[0].message).toMatch(/retired upstream since 2026-02-27/);
    expect(retired[0].hint).toMatch(/nodejs24-debian13/);
    expect(ids('FROM gcr.io/distroless/nodejs24-debian13:nonroot\nCMD ["server.js"]\n')).not.toContain(
      'stagecraft/retired-image@1',
    );
  });

  it('every finding carries a hint, docs link and 1-based range', () => {
    for (const d of lint(calculator('ENTRYPOINT ./calculator'))) {
      expect(d.hint).toBeTruthy();
      expect(d.docsUrl).toMatch(/^https:/);
      expect(d.range.start.line).toBeGreaterThanOrEqual(1);
      expect(d.origin).toBe('lint');
    }
  });
});

describe('a misspelt stage name in COPY --from', () => {
  it('suggests the nearest stage, and nothing for a name far from every stage', () => {
    const hint = (text: string) => lint(text).find((d) => d.ruleId === 'DL3022')?.hint ?? '(no DL3022)';
    expect(hint('FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=biuld /a /a\n')).toContain(
      "did you mean 'build'?",
    );
    expect(hint('FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=frontend /a /a\n')).not.toContain(
      'did you mean',
    );
  });
});

describe("hadolint's whole-file rules", () => {
  const withOptions = (text: string, enable: string[]) => {
    const df = parseDockerfile(text);
    return lintDockerfile(df, planBuild(df), { enable }).map((d) => `${d.ruleId}@${d.range.start.line}`);
  };

  it('flags a USER given by name (info), not by number or through an ARG', () => {
    const found = lint('FROM gcr.io/distroless/static-debian13\nUSER nonroot:nonroot\n').find(
      (d) => d.ruleId === 'DL3066',
    );
    expect(found?.severity).toBe('info');
    expect(found?.hint).toContain('65532');
    expect(ids('FROM gcr.io/distroless/static-debian13\nUSER 65532:65532\n')).not.toContain('DL3066@2');
    expect(ids('ARG UID=10001\nFROM alpine:3.20\nUSER ${UID}\n')).not.toContain('DL3066@3');
  });

  it('flags USER $APP_UID when APP_UID is no ARG, as hadolint does (DL3066.hs only knows ARG names)', () => {
    // The .NET images set APP_UID with ENV; hadolint cannot see a base image's ENV, and neither rule
    // set reads the uid's value: only a declared ARG of that name silences it.
    expect(ids('FROM mcr.microsoft.com/dotnet/aspnet:8.0\nUSER $APP_UID\n')).toContain('DL3066@2');
    expect(ids('ARG APP_UID\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nUSER $APP_UID\n')).not.toContain(
      'DL3066@3',
    );
    expect(ids('FROM debian:12\nUSER 1000:$GID\n')).not.toContain('DL3066@2');
  });

  it('reports a missing HEALTHCHECK and inline ignore comments only when turned on, as hadolint does', () => {
    const text = 'FROM alpine:3.20 AS base\n# hadolint ignore=DL3018\nRUN apk add curl\nFROM base\n';
    expect(ids(text).filter((id) => id.startsWith('DL3057') || id.startsWith('DL1001'))).toEqual([]);
    expect(
      withOptions(text, ['DL3057', 'DL1001'])
        .filter((id) => /^DL(3057|1001)/.test(id))
        .sort(),
    ).toEqual(['DL1001@2', 'DL3057@1', 'DL3057@4']);
    expect(withOptions(`${text}HEALTHCHECK NONE\n`, ['DL3057'])).not.toContain('DL3057@1');
  });
});
