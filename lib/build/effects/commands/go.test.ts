/**
 * Where go build and go install write their binary.
 */
import { describe, expect, it } from 'vitest';
import { simulateDockerfile } from '../../../analyze';

const context = {
  files: [
    { path: 'go.mod', sizeBytes: 40, content: 'module github.com/acme/widget/v2\n\ngo 1.23\n' },
    { path: 'main.go', sizeBytes: 60, content: 'package main\n\nfunc main() { println("hi") }\n' },
    { path: 'cmd/tool/main.go', sizeBytes: 60, content: 'package main\n\nfunc main() {}\n' },
  ],
};
const paths = (t: string) => simulateDockerfile(t, { context }).image?.files.map((f) => f.path) ?? [];

describe('go build and go install outputs', () => {
  it('go build without -o names the binary after the module path, without /vN', () => {
    expect(paths('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build .\n')).toContain('/src/widget');
    expect(paths('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build ./cmd/tool\n')).toContain(
      '/src/tool',
    );
  });

  it('go install writes to $GOPATH/bin (/go in the golang images), or $GOBIN', () => {
    expect(paths('FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go install .\n')).toContain('/go/bin/widget');
    expect(paths('FROM golang:1.23\nENV GOBIN=/out\nWORKDIR /src\nCOPY . .\nRUN go install .\n')).toContain(
      '/out/widget',
    );
  });
});

describe('go build flags and caches', () => {
  const web = {
    files: [
      { path: 'go.mod', sizeBytes: 30, content: 'module example.com/web\n\ngo 1.23\n' },
      {
        path: 'main.go',
        sizeBytes: 90,
        content: 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n',
      },
    ],
  };
  const built = (run: string) => {
    const img = simulateDockerfile(`FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN ${run}\n`, {
      context: web,
    }).image!;
    const layer = img.layers[img.layers.length - 1];
    const file = (p: string) => img.files.find((f) => f.path === p);
    const cache = img.files.filter((f) => f.path.startsWith('/root/.cache/go-build'));
    return { layer, server: file('/out/server'), cache: cache.reduce((n, f) => n + f.sizeBytes, 0) };
  };

  it('-ldflags="-s -w" strips the binary, with or without -trimpath before it', () => {
    const plain = built('CGO_ENABLED=0 go build -o /out/server .');
    const stripped = built('CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/server .');
    const trimmed = built('CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server .');
    expect(plain.server?.sizeBytes).toBe(7_447_066);
    expect(stripped.server?.sizeBytes).toBe(5_066_904);
    expect(trimmed.server?.sizeBytes).toBe(5_066_904);
    expect(trimmed.layer.explanation).toMatch(/stripped/);
  });

  it('-tags timetzdata adds the embedded zone database, about 450 kB', () => {
    const plain = built('CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/server .');
    const tz = built('CGO_ENABLED=0 go build -tags timetzdata -ldflags="-s -w" -o /out/server .');
    expect((tz.server?.sizeBytes ?? 0) - (plain.server?.sizeBytes ?? 0)).toBe(450_000);
    expect(tz.layer.explanation).toMatch(/time zone database/);
  });

  it('a cache-mounted build cache is not in the layer; an unmounted one is', () => {
    const kept = built('CGO_ENABLED=0 go build -o /out/server .');
    const mounted = built(
      '--mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -o /out/server .',
    );
    expect(kept.cache).toBe(94_880 * 1024);
    expect(mounted.cache).toBe(0);
    expect(mounted.layer.sizeBytes).toBe(mounted.server?.sizeBytes);
    expect(kept.layer.sizeBytes).toBe((kept.server?.sizeBytes ?? 0) + 94_880 * 1024);
  });
});

describe('git clone', () => {
  it('makes the folder, with unknown content', () => {
    const r = simulateDockerfile(
      'FROM debian:bookworm\nRUN apt-get update && apt-get install -y git && git clone --depth 1 https://github.com/acme/tool.git /opt/tool\n',
      { context },
    );
    const img = r.image!;
    expect(img.files.map((f) => f.path)).toContain('/opt/tool');
    expect(img.fog?.some((f) => f.path === '/opt/tool')).toBe(true);
  });
});
