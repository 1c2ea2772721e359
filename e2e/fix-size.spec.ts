import { expect, test } from './fixtures';
import { editorReady, gotoLine } from './lab-helpers';
import { encodeSharedState } from '../lib/share';

/**
 * A quick fix's title says what the fix changes in size, worked out by the simulator worker; Monaco asks
 * for the code actions again each time the cursor moves onto a line with a finding. The lab remembers its
 * last answers (components/lab/language-source.ts), so moving up and down over the same lines asks the
 * worker once per distinct fix, not once per move.
 */
const DOCKERFILE = [
  'FROM debian:latest',
  'MAINTAINER someone@example.com',
  'RUN apt-get update && apt-get install -y curl',
  'CMD echo hello',
  '',
].join('\n');

/** Cursor moves in the burst, each given time for Monaco's light bulb to ask for the line's fixes. */
const MOVES = 50;

test('a burst of cursor moves over the same lines asks the worker once per distinct fix', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Count the fix-size requests the page sends to its workers.
  await page.addInitScript(() => {
    const counts = { fixSize: 0 };
    (window as unknown as { __fixSizeRequests: typeof counts }).__fixSizeRequests = counts;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      if ((message as { kind?: string } | null)?.kind === 'fix-size') counts.fixSize++;
      return (post as (...args: unknown[]) => void).call(this, message, ...rest);
    } as typeof Worker.prototype.postMessage;
  });
  const encoded = encodeSharedState({
    example: null,
    file: null,
    text: DOCKERFILE,
    target: null,
    builder: 'buildkit',
  });
  if (!encoded.ok) throw new Error(encoded.message);
  await page.goto(`/playground/#${encoded.fragment}`);
  const playground = page.getByTestId('playground');
  const editor = await editorReady(playground);
  // The findings have arrived: the editor underlines them.
  await expect(editor.locator('.squiggly-warning, .squiggly-info').first()).toBeVisible({ timeout: 30_000 });
  const requests = () =>
    page.evaluate(
      () => (window as unknown as { __fixSizeRequests: { fixSize: number } }).__fixSizeRequests.fixSize,
    );

  await gotoLine(page, editor, 'FROM debian:latest');
  // A first pass down the four lines asks for every fix once.
  for (let line = 1; line < 4; line++) {
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(400);
  }
  await expect.poll(requests, { timeout: 10_000 }).toBeGreaterThan(0);
  const firstPass = await requests();

  // Then 50 more moves up and down over the same lines.
  for (let move = 0; move < MOVES; move++) {
    await page.keyboard.press(Math.floor(move / 3) % 2 === 0 ? 'ArrowUp' : 'ArrowDown');
    await page.waitForTimeout(300);
  }
  const burst = (await requests()) - firstPass;
  console.log(
    `fix-size requests: ${firstPass} on the first pass over 4 lines, ${burst} during ${MOVES} more moves`,
  );
  expect(burst).toBe(0);
});
