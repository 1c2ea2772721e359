/**
 * Where go build and go install write their binary.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../simulate/index';

const context = {
  files: [
    { path: 'go.mod', sizeBytes: 40, content: 'module github.com/acme/widget/v2\n\ngo 1.23\n' },
    { path: 'main.go', sizeBytes: 60, content: 'package main\n\nfunc main() { println("hi") }\n' },
    { path: 'cmd/tool/main.go', sizeBytes: 60, content: 'package main\n\nfunc main() {}\n' },
  ],
};
const paths = (t: string) => simulate(t, { context }).image?.files.map((f) => f.path) ?? [];

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

describe('git clone', () => {
  it('makes the folder, with unknown content', () => {
    const r = simulate(
      'FROM debian:bookworm\nRUN apt-get update && apt-get install -y git && git clone --depth 1 https://github.com/acme/tool.git /opt/tool\n',
      { context },
    );
    const img = r.image!;
    expect(img.files.map((f) => f.path)).toContain('/opt/tool');
    expect(img.fog?.some((f) => f.path === '/opt/tool')).toBe(true);
  });
});
