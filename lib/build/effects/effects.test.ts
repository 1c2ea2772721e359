/**
 * Command models through `simulate`: what each RUN writes (or does not write) to the image.
 */
import { describe, expect, it } from 'vitest';
import type { BuildContext, SimulatedImage } from '../types';
import { modelledCommands } from './command-table';
import { simulateDockerfile } from '../../analyze';

const context: BuildContext = {
  files: [
    { path: 'requirements.txt', sizeBytes: 30, content: 'flask==3.1.3\n# comment\nrequests>=2\n' },
    {
      path: 'package.json',
      sizeBytes: 80,
      content:
        '{"dependencies":{"express":"^5.3.0"},"devDependencies":{"left-pad":"1"},"scripts":{"build":"vite build"}}',
    },
    { path: 'big.bin', sizeBytes: 50_000_000 },
  ],
};

function image(text: string): SimulatedImage {
  const r = simulateDockerfile(text, { context });
  const img = r.image ?? r.stages.filter((s) => s !== null).pop() ?? null;
  if (!img) throw new Error(JSON.stringify(r.diagnostics.map((d) => d.message)));
  return img;
}
const paths = (img: SimulatedImage) => img.files.map((f) => f.path);
const last = (img: SimulatedImage) => img.layers[img.layers.length - 1];

describe('command models', () => {
  it('has models for the commands the course uses', () => {
    expect(modelledCommands()).toEqual(
      expect.arrayContaining([
        'apt-get',
        'apk',
        'dnf',
        'pip',
        'npm',
        'go',
        'mvn',
        'gradle',
        'javac',
        'cargo',
        'gcc',
        'make',
        'curl',
        'wget',
        'tar',
        'rm',
        'mkdir',
        'useradd',
        'adduser',
        'chmod',
        'chown',
      ]),
    );
  });

  it('pip reads requirements.txt from the image and honours --target, --user and --no-cache-dir', () => {
    const target = image(
      'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir --target=/deps -r requirements.txt\n',
    );
    expect(paths(target)).toEqual(expect.arrayContaining(['/deps/flask', '/deps/requests']));
    expect(last(target).sizeBytes).toBe((5_712 + 3_764) * 1024);
    const user = image('FROM python:3.12-slim\nRUN pip install --user --no-cache-dir flask\n');
    expect(paths(user)).toContain('/root/.local/lib/python3.12/site-packages/flask');
    const cached = image('FROM python:3.12-slim\nRUN pip install flask\n');
    expect(last(cached).explanation).toMatch(/download cache/);
  });

  it('npm installs dev dependencies unless --omit=dev', () => {
    const all = image('FROM node:22-slim\nWORKDIR /app\nCOPY package.json .\nRUN npm install\n');
    const prod = image('FROM node:22-slim\nWORKDIR /app\nCOPY package.json .\nRUN npm install --omit=dev\n');
    expect(paths(all)).toContain('/app/node_modules/left-pad');
    expect(paths(prod)).not.toContain('/app/node_modules/left-pad');
    expect(last(prod).sizeBytes).toBe(4_556 * 1024);
    expect(last(all).confidence).toBe('low');
  });

  it('apk add keeps the index unless --no-cache', () => {
    const a = image('FROM alpine:3.21\nRUN apk add --no-cache libstdc++\n');
    expect(paths(a).some((p) => p.startsWith('/var/cache/apk'))).toBe(false);
    const b = image('FROM alpine:3.21\nRUN apk add libstdc++\n');
    expect(paths(b).some((p) => p.startsWith('/var/cache/apk'))).toBe(true);
  });

  it('useradd makes USER valid; an unknown USER is reported', () => {
    const ok = simulateDockerfile('FROM ubuntu:22.04\nRUN useradd -m app\nUSER app\nCMD ["bash"]\n', {
      context,
    });
    expect(ok.image?.users).toContain('app');
    expect(ok.diagnostics.some((d) => d.ruleId === 'stagecraft/user-not-in-passwd')).toBe(false);
    const bad = simulateDockerfile('FROM ubuntu:22.04\nUSER app\nCMD ["bash"]\n', { context });
    expect(bad.diagnostics.some((d) => d.ruleId === 'stagecraft/user-not-in-passwd')).toBe(true);
  });

  it('chown of files from an earlier layer copies them up into a new layer', () => {
    const img = image(
      'FROM scratch\nCOPY big.bin /data/big.bin\nFROM busybox\nCOPY big.bin /data/big.bin\nRUN chown -R 1000 /data\n',
    );
    expect(last(img).sizeBytes).toBe(50_000_000);
    expect(last(img).explanation).toMatch(/copied up/);
  });

  it('an unrecognised command adds a zero-byte, low-confidence layer and says so', () => {
    const img = image('FROM ubuntu:22.04\nRUN frobnicate --all\n');
    expect(last(img).sizeBytes).toBe(0);
    expect(last(img).confidence).toBe('low');
    expect(last(img).explanation).toMatch(/Not modelled: `frobnicate`/);
  });

  it('a compiler asked only for its version, or given no input, writes no binary', () => {
    const base = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y build-essential\n';
    for (const run of ['gcc --version', 'cc -dumpmachine', 'g++ -v', 'gcc -print-search-dirs']) {
      const img = image(`${base}RUN ${run}\n`);
      expect(paths(img), run).not.toContain('/a.out');
      expect(last(img).explanation, run).toMatch(/prints information and writes no file/);
    }
    expect(paths(image(`${base}RUN gcc -O2 -I include main.c\n`))).toContain('/a.out');
    expect(paths(image(`${base}RUN gcc -S main.c\n`))).not.toContain('/a.out');
  });

  it("a dynamically linked binary asks for the stage's libc loader: glibc's, or musl's on Alpine", () => {
    const glibc = '/lib64/ld-linux-x86-64.so.2';
    const musl = '/lib/ld-musl-x86_64.so.1';
    const binary = (text: string, path: string) => image(text).files.find((f) => f.path === path);
    const debian = binary(
      'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y build-essential\nRUN gcc -o /app main.c\n',
      '/app',
    );
    expect(debian?.interpreter).toBe(glibc);
    const alpine = binary(
      'FROM alpine:3.20\nRUN apk add --no-cache build-base\nRUN gcc -o /app main.c\n',
      '/app',
    );
    expect(alpine?.interpreter).toBe(musl);
    const cargo = binary(
      'FROM alpine:3.20\nWORKDIR /src\nRUN cargo build --release\n',
      '/src/target/release/app',
    );
    expect(cargo?.interpreter).toBe(musl);
    const muslTarget = binary(
      'FROM alpine:3.20\nWORKDIR /src\nRUN cargo build --release --target x86_64-unknown-linux-musl\n',
      '/src/target/x86_64-unknown-linux-musl/release/app',
    );
    expect(muslTarget?.linkage).toBe('static');
    expect(muslTarget?.interpreter).toBeNull();

    const go = simulateDockerfile(
      'FROM golang:1.23\nWORKDIR /src\nCOPY main.go .\nRUN go mod init example.com/web && go build -o /server .\n',
      {
        context: {
          files: [
            {
              path: 'main.go',
              sizeBytes: 80,
              content:
                'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":80", nil) }\n',
            },
          ],
        },
      },
    ).image;
    expect(go?.files.find((f) => f.path === '/server')?.interpreter).toBe(glibc);
    expect(go && last(go).explanation).toContain(`interpreter ${glibc}:`);
  });

  it('ENV, LABEL, CMD, EXPOSE and USER add empty layers; WORKDIR a tiny one', () => {
    const img = image('FROM scratch\nENV A=1\nLABEL x=y\nEXPOSE 80\nUSER 1000\nCMD ["/x"]\nWORKDIR /w\n');
    expect(img.layers.slice(0, 5).every((l) => l.empty && l.sizeBytes === 0)).toBe(true);
    expect(last(img).empty).toBe(false);
    expect(last(img).sizeBytes).toBe(32);
  });

  it('ENTRYPOINT resets a CMD inherited from the base, not one set in the stage', () => {
    expect(image('FROM ubuntu:22.04\nENTRYPOINT ["/x"]\n').config.cmd).toBeNull();
    expect(image('FROM ubuntu:22.04\nCMD ["a"]\nENTRYPOINT ["/x"]\n').config.cmd).toEqual(['a']);
  });

  it('curl downloads are low confidence; ADD of a URL too', () => {
    const img = image(
      'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\nRUN curl -fsSLo /tmp/x.tgz https://example.com/x.tgz\nADD https://example.com/y.tar.gz /y/\n',
    );
    expect(img.layers[2].confidence).toBe('low');
    expect(img.layers[3].confidence).toBe('low');
    expect(paths(img)).toEqual(expect.arrayContaining(['/tmp/x.tgz', '/y/y.tar.gz']));
  });

  it('maven writes the jar named by pom.xml and keeps ~/.m2 unless it is a cache mount', () => {
    const ctx: BuildContext = {
      files: [
        {
          path: 'pom.xml',
          sizeBytes: 100,
          content:
            '<project><artifactId>calc</artifactId><version>1.0</version><build><finalName>app</finalName></build><parent>spring-boot</parent></project>',
        },
      ],
    };
    const r = simulateDockerfile(
      'FROM maven:3.9-eclipse-temurin-17\nWORKDIR /app\nCOPY pom.xml .\nRUN --mount=type=cache,target=/root/.m2 mvn -B package\n',
      { context: ctx },
    );
    const img = r.image!;
    expect(paths(img)).toContain('/app/target/app.jar');
    expect(paths(img).some((p) => p.startsWith('/root/.m2'))).toBe(false);
  });

  it("a Spring Boot build's Maven repository holds at least its fat jar's dependencies, not 0 B", () => {
    const pom =
      '<project><artifactId>calc</artifactId><version>1.0</version><parent>spring-boot</parent></project>';
    const ctx: BuildContext = { files: [{ path: 'pom.xml', sizeBytes: pom.length, content: pom }] };
    const text = (body: string) =>
      `FROM maven:3.9-eclipse-temurin-17\nWORKDIR /app\nCOPY pom.xml .\nRUN ${body}mvn dependency:go-offline\n`;
    const layer = simulateDockerfile(text(''), { context: ctx }).image!.layers.at(-1)!;
    const jar = simulateDockerfile(
      'FROM maven:3.9-eclipse-temurin-17\nWORKDIR /app\nCOPY pom.xml .\nRUN --mount=type=cache,target=/root/.m2 mvn package\n',
      { context: ctx },
    ).image!.layers.at(-1)!;
    expect(jar.sizeBytes).toBeGreaterThan(1_000_000);
    // The lower bound is the fat jar's size, and the range says the rest is unknown.
    expect(layer.sizeRange).toMatchObject({ low: jar.sizeBytes, high: null });
    expect(layer.sizeRange?.because).toMatch(
      /\/root\/\.m2\/repository holds at least .* its full size is unknown/,
    );
    // A plain (non-Spring) project has no such floor: the size stays unknown from 0.
    const plain = pom.replace('<parent>spring-boot</parent>', '');
    const bare = simulateDockerfile(text(''), {
      context: { files: [{ path: 'pom.xml', sizeBytes: plain.length, content: plain }] },
    }).image!.layers.at(-1)!;
    expect(bare.sizeRange).toMatchObject({ low: 0, high: null });
  });
});
