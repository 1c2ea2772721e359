import { describe, expect, it } from 'vitest';
import { CROSS_COMPILE } from '../../testing/go-dockerfiles';
import { loadExample } from '../../course/examples';
import { createDockerSession, executeLine, streamText } from './index';
import type { DockerSession } from './types';

const calc = loadExample('go-calculator');

/** A session whose context has `Dockerfile.test` with `text`. */
function session(text: string): DockerSession {
  const context = {
    files: [...calc.context.files, { path: 'Dockerfile.test', sizeBytes: text.length, content: text }],
  };
  return createDockerSession({ context, now: () => 1_000_000 });
}

function sh(s: DockerSession, line: string) {
  const result = executeLine(s, line);
  return {
    exitCode: result.exitCode,
    stdout: streamText(result, 'stdout'),
    stderr: streamText(result, 'stderr'),
    notes: streamText(result, 'note'),
  };
}

const CROSS = CROSS_COMPILE;

const LEAK = `FROM golang:1.25-bookworm AS build
ARG GITHUB_TOKEN=none
WORKDIR /src
COPY calculator.go .
RUN GO111MODULE=off CGO_ENABLED=0 go build -o /app .
ENV GOFLAGS=-trimpath
RUN --mount=type=secret,id=npmrc cat /run/secrets/npmrc > /dev/null
`;

describe('docker build --platform', () => {
  it('builds one image per platform with the platform in each step, and runs natively', () => {
    const s = session(CROSS);
    const r = sh(s, 'docker buildx build --platform linux/amd64,linux/arm64 -t calc -f Dockerfile.test .');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain(' => [linux/amd64 build 4/4] RUN CGO_ENABLED=0 GOOS=$TARGETOS');
    // The arm64 build runs the compiler again (other TARGETARCH), on the build machine's platform.
    expect(r.stderr).toMatch(
      / => \[linux\/amd64 build 4\/4\] RUN CGO_ENABLED=0 GOOS=\$TARGETOS[^\n]*\n(?:.*\n)* => \[linux\/amd64 build 4\/4\] RUN/,
    );
    expect(r.stderr).toContain(' => [linux/arm64 stage-1 2/2] COPY --from=build /app /app');
    expect(r.notes).toMatch(/linux\/amd64 4\.\d+MB, linux\/arm64 4\.\d+MB/);
    expect(r.notes).not.toMatch(/QEMU/);
    expect(sh(s, 'docker run --rm calc').stdout).toContain('calculator app built with Go');
  });

  it('says which RUN steps are emulated', () => {
    const s = session(CROSS.replace('FROM --platform=$BUILDPLATFORM golang', 'FROM golang'));
    const r = sh(s, 'docker build --platform linux/arm64 -t calc -f Dockerfile.test .');
    expect(r.exitCode).toBe(0);
    expect(r.notes).toMatch(/linux\/arm64: 1 RUN step \(line 5\) ran under QEMU emulation/);
  });

  it("fails with Docker's error for a platform the image is not published for", () => {
    const s = session(CROSS);
    const r = sh(s, 'docker build --platform linux/mips64le -f Dockerfile.test .');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      'ERROR: failed to build: failed to solve: gcr.io/distroless/static-debian13:nonroot: failed to resolve source metadata for gcr.io/distroless/static-debian13:nonroot: no match for platform in manifest: not found',
    );
    expect(sh(s, 'docker build --platform nonsense/x/y/z -f Dockerfile.test .').exitCode).toBe(1);
  });
});

describe('docker history shows build arguments, never secrets', () => {
  it('lists ARG, ENV and RUN with the values BuildKit records', () => {
    const s = session(LEAK);
    const built = sh(
      s,
      'docker build --build-arg GITHUB_TOKEN=ghp_s3cr3t --secret id=npmrc,src=.npmrc -t leak -f Dockerfile.test .',
    );
    expect(built.exitCode).toBe(0);
    const rows = sh(s, 'docker history --no-trunc leak').stdout.split('\n');
    expect(rows).toContainEqual(expect.stringContaining('ARG GITHUB_TOKEN=ghp_s3cr3t '));
    expect(rows).toContainEqual(expect.stringContaining('ENV GOFLAGS=-trimpath '));
    expect(rows).toContainEqual(
      expect.stringContaining(
        'RUN |1 GITHUB_TOKEN=ghp_s3cr3t /bin/sh -c GO111MODULE=off CGO_ENABLED=0 go build -o /app . # buildkit',
      ),
    );
    const secretRow = rows.find((r) => r.includes('/run/secrets/npmrc'));
    expect(secretRow).toContain(
      'RUN |1 GITHUB_TOKEN=ghp_s3cr3t /bin/sh -c cat /run/secrets/npmrc > /dev/null # buildkit',
    );
    expect(secretRow).not.toContain('--mount');
  });
});

describe('docker scout sbom', () => {
  it('lists the OS packages, the Go version of each Go binary, and never a vulnerability count', async () => {
    const { loadDebianPackages } = await import('../../catalog/debian');
    await loadDebianPackages(['trixie']);
    const s = session(CROSS);
    expect(sh(s, 'docker build -t calc -f Dockerfile.test .').exitCode).toBe(0);
    const r = sh(s, 'docker scout sbom --format list calc');
    expect(r.exitCode).toBe(0);
    const rows = r.stdout.split('\n');
    expect(rows[0]).toMatch(/^ {2}Name\s+Version\s+Type$/);
    expect(rows.find((l) => /^ {2}tzdata\s/.test(l))).toMatch(/^ {2}tzdata\s+\S+\s+deb$/);
    expect(rows.find((l) => /^ {2}stdlib\s/.test(l))).toMatch(/^ {2}stdlib\s+1\.25\.13\s+golang$/);
    expect(r.notes).toMatch(/counts no vulnerabilities/);
    expect(r.stdout + r.notes).not.toMatch(/CVE|critical|high:/i);
    const json = JSON.parse(sh(s, 'docker scout sbom calc').stdout) as { goBinaries: unknown[] };
    expect(json.goBinaries).toEqual([{ path: '/app', goVersion: '1.25.13', platform: 'linux/amd64' }]);
  });

  it('says when it cannot know the packages', () => {
    const s = session('FROM example.com/team/base:1\n');
    expect(sh(s, 'docker build -t odd -f Dockerfile.test .').exitCode).toBe(0);
    const r = sh(s, 'docker scout sbom --format list odd');
    expect(r.notes).toMatch(
      /may be incomplete: the base image example.com\/team\/base:1 is not in the catalog/,
    );
  });
});
