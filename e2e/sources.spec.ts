import { expect, test } from './fixtures';

test('the Sources page lists each source under a stable anchor, with retired images and no internal files', async ({
  page,
}) => {
  await page.goto('/sources/#distroless', { waitUntil: 'load' });
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  for (const id of ['distroless', 'repo-info', 'debian-packages', 'go-binaries', 'measured']) {
    await expect(page.locator(`article#${id} h3`)).toHaveCount(1);
  }
  const distroless = page.locator('article#distroless');
  await expect(distroless.getByRole('link', { name: 'GoogleContainerTools/distroless' })).toHaveAttribute(
    'href',
    /^https:\/\/github\.com\/GoogleContainerTools\/distroless\/tree\/[0-9a-f]{40}$/,
  );
  await expect(distroless).toContainText('gcr.io/distroless/python3-debian13');
  await expect(distroless).toContainText(/java17-debian12: retired 2026-02-27/);
  await expect(page.locator('body')).not.toContainText('FACTS');
});
