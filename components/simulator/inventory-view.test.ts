import { describe, expect, it } from 'vitest';
import { loadExample } from '@/lib/course/examples';
import { InventoryView } from './inventory-view';
import { render, textOf } from './render-for-tests';
import { simulateDockerfile } from '@/lib/analyze';

const context = loadExample('go-calculator').context;
const text = `FROM golang:1.25-bookworm AS build
WORKDIR /src
COPY calculator.go .
RUN CGO_ENABLED=0 GO111MODULE=off go build -o /app .
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /app /app
`;

describe('InventoryView', () => {
  it('lists packages, the Go binary and says it counts no vulnerabilities', () => {
    const image = simulateDockerfile(text, { context }).image!;
    const shown = textOf(render(InventoryView, { image, idPrefix: 'lab' }));
    expect(shown).toContain('counts no vulnerabilities');
    expect(shown).toMatch(/OS packages \(\d+\)/);
    expect(shown).toContain('tzdata');
    expect(shown).toContain('/app: go1.25.13 (linux/amd64)');
    expect(shown).not.toMatch(/CVE/);
  });

  it('says what it cannot know for an image outside the catalog', () => {
    const image = simulateDockerfile('FROM example.com/team/base:1\n', { context }).image!;
    const shown = textOf(render(InventoryView, { image, idPrefix: 'lab' }));
    expect(shown).toContain('OS: unknown');
    expect(shown).toContain('may be incomplete');
  });
});
