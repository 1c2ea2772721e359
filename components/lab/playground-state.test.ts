import { describe, expect, it } from 'vitest';
import { encodeSharedState } from '@/lib/share';
import {
  defaultPlaygroundState,
  exampleText,
  initialPlayground,
  type PlaygroundExample,
} from './playground-state';

const examples: PlaygroundExample[] = [
  {
    id: 'python-app',
    title: 'Python',
    dockerfiles: [{ name: 'Dockerfile.single-stage', label: 'one', text: 'FROM python:3.12\n' }],
  },
  {
    id: 'go-calculator',
    title: 'Go',
    dockerfiles: [
      { name: 'Dockerfile.single-stage', label: 'single', text: 'FROM ubuntu:22.04 AS build\n' },
      { name: 'Dockerfile.multi-stage', label: 'multi', text: 'FROM scratch\n' },
    ],
  },
];

function link(state: Parameters<typeof encodeSharedState>[0]): string {
  const out = encodeSharedState(state);
  if (!out.ok) throw new Error(out.message);
  return `#${out.fragment}`;
}

describe('playground start', () => {
  it('defaults to the calculator, single stage', () => {
    expect(defaultPlaygroundState(examples)).toEqual({
      example: 'go-calculator',
      file: 'Dockerfile.single-stage',
      text: 'FROM ubuntu:22.04 AS build\n',
      target: null,
      builder: 'buildkit',
    });
    expect(defaultPlaygroundState([]).example).toBeNull();
  });

  it('opens a shared link exactly, before any saved session', () => {
    const shared = {
      example: 'python-app',
      file: 'Dockerfile.single-stage',
      text: 'FROM python:3.12-slim\n',
      target: null,
      builder: 'legacy' as const,
    };
    const saved = encodeSharedState({ ...shared, text: 'FROM other' });
    const result = initialPlayground(link(shared), saved.ok ? saved.fragment : null, examples);
    expect(result).toEqual({ state: shared, origin: 'link', message: null });
  });

  it('opens the default with a message for a tampered link', () => {
    const good = link({ example: null, file: null, text: 'FROM scratch', target: null, builder: 'buildkit' });
    const result = initialPlayground(good.slice(0, -4) + 'AAAA', null, examples);
    expect(result.origin).toBe('default');
    expect(result.state).toEqual(defaultPlaygroundState(examples));
    expect(result.message).toMatch(/damaged|changed|not valid/);
  });

  it('keeps the text of a link to an unknown example, with an empty context', () => {
    const result = initialPlayground(
      link({
        example: 'rust-app',
        file: 'Dockerfile',
        text: 'FROM rust',
        target: 'build',
        builder: 'buildkit',
      }),
      null,
      examples,
    );
    expect(result.state).toEqual({
      example: null,
      file: null,
      text: 'FROM rust',
      target: 'build',
      builder: 'buildkit',
    });
    expect(result.message).toMatch(/rust-app/);
  });

  it('restores the last session when there is no link, and survives a corrupt one', () => {
    const saved = encodeSharedState({
      example: 'go-calculator',
      file: 'Dockerfile.multi-stage',
      text: 'FROM scratch\nCOPY a b\n',
      target: null,
      builder: 'buildkit',
    });
    expect(initialPlayground('', saved.ok ? saved.fragment : null, examples)).toMatchObject({
      origin: 'saved',
      state: { text: 'FROM scratch\nCOPY a b\n' },
    });
    expect(initialPlayground('', 'v1.garbage', examples)).toMatchObject({
      origin: 'default',
      message: expect.stringMatching(/could not be read/),
    });
  });

  it('finds example texts', () => {
    expect(exampleText(examples, 'go-calculator', 'Dockerfile.multi-stage')).toBe('FROM scratch\n');
    expect(exampleText(examples, 'go-calculator', 'nope')).toBeNull();
    expect(exampleText(examples, null, null)).toBeNull();
  });
});
