import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { exampleFileList } from './example-files';
import { ExampleFiles } from './example-files-tag';
import { SourceNote } from './source-note';

describe('<ExampleFiles>', () => {
  it('lists the files a learner may read, without the course metadata', () => {
    const files = exampleFileList('three-tier-app');
    expect(files).toEqual(expect.arrayContaining(['compose.yaml', 'frontend/nginx.conf', '.dockerignore']));
    expect(files).not.toContain('example.json');
    expect(files.some((f) => f.endsWith('package-lock.json'))).toBe(false);
    // Top-level files come before the folders' files.
    expect(files.indexOf('compose.yaml')).toBeLessThan(files.indexOf('frontend/nginx.conf'));
  });

  it('renders each file in a closed <details> with its text', () => {
    const html = renderToStaticMarkup(
      createElement(ExampleFiles, { example: 'three-tier-app', files: ['frontend/nginx.conf'] }),
    );
    expect(html).toMatch(/<details[^>]*><summary[^>]*>frontend\/nginx.conf<\/summary>/);
    expect(html).toContain('location /api/');
    expect(html).not.toMatch(/<details[^>]* open/);
  });

  it('fails the build on a file the example does not have', () => {
    expect(() =>
      renderToStaticMarkup(createElement(ExampleFiles, { example: 'go-calculator', files: ['nope.go'] })),
    ).toThrow(/no such file nope.go/);
  });
});

describe('<SourceNote>', () => {
  it('is a closed note titled "Where this number comes from" that links to the sources page', () => {
    const html = renderToStaticMarkup(createElement(SourceNote, null, 'repo-info, August 2026'));
    expect(html).toMatch(/<details[^>]*><summary[^>]*>Where this number comes from<\/summary>/);
    expect(html).toContain('repo-info, August 2026');
    expect(html).toContain('href="/sources/"');
  });

  it('links the Sources page entries it names, by their titles', () => {
    const html = renderToStaticMarkup(
      createElement(SourceNote, { ids: ['distroless', 'musl-1-2-4'] }, 'the README, August 2026'),
    );
    expect(html).toMatch(/href="\/sources\/#distroless"[^>]*>GoogleContainerTools\/distroless<\/a>/);
    expect(html).toMatch(/href="\/sources\/#musl-1-2-4"[^>]*>musl 1.2.4 release notes<\/a>/);
    expect(html).toContain('href="/sources/"');
  });

  it('fails the build on an entry the Sources page does not have', () => {
    expect(() => renderToStaticMarkup(createElement(SourceNote, { ids: ['no-such-entry'] }, 'x'))).toThrow(
      /no entry "no-such-entry"/,
    );
  });
});
