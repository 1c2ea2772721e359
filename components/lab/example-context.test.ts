import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleContextUrl, fetchExampleContext } from './example-context';

afterEach(() => vi.unstubAllGlobals());

const answer = (body: unknown, status = 200) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

describe('an example’s build context, fetched on demand', () => {
  it('fetches the static file once per visit and checks its shape', async () => {
    const fetch = vi.fn(() => answer({ files: [{ path: 'main.go', sizeBytes: 10 }] }));
    vi.stubGlobal('fetch', fetch);
    const first = await fetchExampleContext('ctx-a');
    expect(first.files[0].path).toBe('main.go');
    await fetchExampleContext('ctx-a');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('/examples/ctx-a/context.json');
  });

  it('a failed or malformed answer rejects, and the next call tries again', async () => {
    const fetch = vi
      .fn()
      .mockImplementationOnce(() => answer({}, 404))
      .mockImplementationOnce(() => answer({ files: 'nope' }))
      .mockImplementationOnce(() => answer({ files: [] }));
    vi.stubGlobal('fetch', fetch);
    await expect(fetchExampleContext('ctx-b')).rejects.toThrow('HTTP 404');
    await expect(fetchExampleContext('ctx-b')).rejects.toThrow('not a build context');
    await expect(fetchExampleContext('ctx-b')).resolves.toEqual({ files: [] });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('escapes the id in the address', () => {
    expect(exampleContextUrl('a b/c')).toBe('/examples/a%20b%2Fc/context.json');
  });
});
