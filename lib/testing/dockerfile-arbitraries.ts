/**
 * fast-check generators of Dockerfiles for the fuzz tests (lib/build/simulate/fuzz.test.ts) and the long
 * fuzz run (bench/fuzz-long.ts): instruction fragments over images, commands, copies and metadata that
 * the simulator models, half-models and does not model, plus random text.
 */
import fc from 'fast-check';

/** Base images: catalogued, scratch, unknown, a build ARG, a stage name and a stage index. */
export const IMAGES = [
  'ubuntu:22.04',
  'scratch',
  'alpine:3.21',
  'golang:1.23',
  'python:3.12-slim',
  'gcr.io/distroless/static-debian12',
  'gcr.io/distroless/java17-debian12',
  'node:22',
  'maven:3.9-eclipse-temurin-17',
  'unknown/thing:1',
  'busybox',
  '${BASE}',
  'build',
  '0',
];
/** RUN commands the command models know, half-know and do not know, and broken shell. */
export const COMMANDS = [
  'apt-get update && apt-get install -y golang-go && rm -rf /var/lib/apt/lists/*',
  'apt-get install -y --no-install-recommends curl python3 nosuchpkg',
  'apk add --no-cache build-base git',
  'pip install --no-cache-dir -r requirements.txt',
  'pip install --target=/deps flask numpy',
  'python3 -m venv /venv && /venv/bin/pip install flask',
  'npm ci --omit=dev && npm run build',
  'CGO_ENABLED=0 go build -ldflags "-s -w" -o /app .',
  'go build -o /out/ ./... && go mod download',
  'mvn -B package -DskipTests',
  'gradle build',
  'cargo build --release',
  'gcc -static -o /hello hello.c',
  'make -j4 install',
  'curl -fsSL https://example.com/x.tgz | tar -xz -C /opt',
  'wget -O /tmp/f https://example.com/f',
  'useradd -m -u 1000 app && chown -R app:app /usr',
  'rm -rf / ; mkdir -p /a/b && ln -s /a /c && cp -r /a /d && mv /d /e && chmod 755 /e',
  'sh -c "echo $HOME > /x"',
  'if [ -f x ]; then cd /tmp; fi; unknown-tool --flag',
  '',
  '\\',
  '"unterminated',
];
/** One Dockerfile line (or a few, for heredocs): any instruction, or random text. */
export const fragment = fc.oneof(
  fc
    .constantFrom(...IMAGES)
    .chain((img) =>
      fc.constantFrom(
        `FROM ${img}`,
        `FROM ${img} AS build`,
        `FROM ${img} AS final`,
        `FROM --platform=linux/amd64 ${img} AS b2`,
      ),
    ),
  fc.constantFrom(...COMMANDS).map((c) => `RUN ${c}`),
  fc.constantFrom(...COMMANDS).map((c) => `RUN --mount=type=cache,target=/root/.cache ${c}`),
  fc.constantFrom(
    'COPY . .',
    'COPY --from=build /app /app',
    'COPY --from=0 / /',
    'COPY --from=nginx:latest /etc/nginx /etc/nginx',
    'COPY *.go /src/',
    'COPY missing /x',
    'ADD https://example.com/a.tar.gz /a/',
    'COPY --chown=1000 --chmod=755 calculator.go /c',
    'COPY <<EOF /f\nhello\nEOF',
  ),
  fc.constantFrom(
    'ENTRYPOINT ["/app"]',
    'ENTRYPOINT /app',
    'CMD ["python3", "app.py"]',
    'CMD app.jar',
    'USER nonroot',
    'USER ghost',
    'USER 1000:1000',
    'WORKDIR /src',
    'WORKDIR rel',
    'ENV A=1 B="two words" PATH=/x:$PATH',
    'ARG BASE=ubuntu:22.04',
    'ARG V',
    'LABEL a=b',
    'EXPOSE 80/tcp',
    'SHELL ["/bin/bash", "-c"]',
    'HEALTHCHECK CMD curl -f http://localhost/',
    'HEALTHCHECK NONE',
    'VOLUME /data',
    'STOPSIGNAL SIGTERM',
    'ONBUILD RUN x',
    'MAINTAINER me',
  ),
  fc.string({ maxLength: 40 }),
);
