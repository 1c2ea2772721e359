import { describe, expect, it } from 'vitest';
import { calculatorRun, multiStageResult, noShellRun, singleStageResult } from './fixtures';
import { headlineAnnouncement } from './size-headline';

describe('headlineAnnouncement', () => {
  const image = multiStageResult.image!;
  it('says the size, the change and the verdict in one sentence pair', () => {
    expect(headlineAnnouncement(image, calculatorRun, singleStageResult.image!.sizeBytes)).toBe(
      'Final image about 1.79 MB, 895 MB smaller than before the last edit. docker run: starts.',
    );
  });
  it('says when the container fails to start, and nothing without an image', () => {
    expect(headlineAnnouncement(image, noShellRun)).toBe(
      'Final image about 1.79 MB. docker run: fails to start.',
    );
    expect(headlineAnnouncement(null, noShellRun)).toBe('');
  });
});
