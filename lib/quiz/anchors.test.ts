import { describe, expect, it } from 'vitest';
import { headingIdsFromMdx, headingText } from './anchors';

describe('headingIdsFromMdx', () => {
  it('slugs headings like rehype-slug, skipping frontmatter and fenced code, numbering repeats', () => {
    const mdx = [
      '---',
      'title: "# not a heading"',
      '---',
      '## Why `COPY --from` works',
      '```dockerfile',
      '# a comment, not a heading',
      '```',
      '### The **real** ratio: 861 MB → 1.83 MB',
      '## Recap',
      '## Recap',
      '## [Distroless](https://github.com/GoogleContainerTools/distroless) images',
      '#### CGO_ENABLED=0 and static binaries',
    ].join('\n');
    expect(headingIdsFromMdx(mdx)).toEqual([
      'why-copy---from-works',
      'the-real-ratio-861-mb--183-mb',
      'recap',
      'recap-1',
      'distroless-images',
      'cgo_enabled0-and-static-binaries',
    ]);
  });

  it('strips inline markup from heading text', () => {
    expect(headingText('Use <code>scratch</code> and *emphasis* \\#1')).toBe('Use scratch and emphasis #1');
  });
});
