import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function terminal(page: Page): Promise<{ input: Locator; output: Locator }> {
  await page.goto('/playground/');
  const section = page.getByTestId('terminal');
  // The terminal's code arrives after the playground is live and replaces its placeholder.
  const input = section.getByRole('textbox', { name: 'Command' });
  await expect(input).toBeAttached({ timeout: 60_000 });
  await input.scrollIntoViewIfNeeded();
  await expect(input).toBeVisible();
  return { input, output: section.getByRole('log', { name: 'Terminal output' }) };
}

/**
 * Enters `line` and waits for its answer: a new entry in the output and the prompt free again (a line
 * entered while the one before is still running would be ignored, as Enter is on a busy terminal).
 */
async function run(input: Locator, output: Locator, line: string): Promise<void> {
  const entries = output.locator('[data-exit-code]');
  const before = await entries.count();
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await expect(entries).toHaveCount(before + 1, { timeout: 20_000 });
  await expect(input).toHaveAttribute('aria-busy', 'false');
}

// Axe checks the terminal with a build, a listing, an error and a container shell in it, in both themes:
// e2e/terminal-containers.spec.ts.
test.describe('the playground terminal', () => {
  test('builds, lists and runs the calculator; an unknown command gets Docker’s message', async ({
    page,
  }) => {
    const { input, output } = await terminal(page);
    await run(input, output, 'docker build -t calc -f Dockerfile.multi-stage .');
    const build = output.locator('[data-exit-code]').last();
    await expect(build).toHaveAttribute('data-exit-code', '0');
    await expect(build.locator('[data-stream="stderr"]')).toHaveText(
      /=> => naming to docker\.io\/library\/calc:latest\n$/,
    );

    await run(input, output, 'docker images');
    const images = output.locator('[data-exit-code]').last().locator('[data-stream="stdout"]');
    await expect(images).toHaveText(/REPOSITORY\s+TAG\s+IMAGE ID\s+CREATED\s+SIZE/);
    await expect(images).toHaveText(/\ncalc\s+latest\s+[0-9a-f]{12}\s+.+ago\s+1\.(79|8)MB/);

    await run(input, output, `printf '2 * 100\\nexit\\n' | docker run --rm -i calc`);
    const calc = output.locator('[data-exit-code]').last();
    await expect(calc).toContainText("Hi there, I am a calculator app built with Go. Let's do some maths!");
    await expect(calc).toContainText('Result: 200');

    await run(input, output, 'docker xyz');
    await expect(output.locator('[data-exit-code]').last()).toContainText(
      "docker: unknown command: docker xyz\n\nRun 'docker --help' for more information",
    );
  });

  test('lines entered while a command runs are kept and run after it; in docker run -it they are its input', async ({
    page,
  }) => {
    const { input, output } = await terminal(page);
    // Two pastes in one task: the second arrives while the build still runs, so it is type-ahead.
    await input.evaluate((el) => {
      const paste = (text: string) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        el.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      };
      paste('docker build -t calc -f Dockerfile.multi-stage .\n');
      paste('docker images\ndocker run -it --rm calc\n2 * 100\nexit\n');
    });
    const entries = output.locator('[data-exit-code]');
    await expect(entries).toHaveCount(5, { timeout: 30_000 });
    await expect(entries.nth(0)).toContainText('naming to docker.io/library/calc:latest');
    await expect(entries.nth(1)).toContainText(/calc\s+latest/);
    await expect(entries.nth(2)).toContainText('Hi there, I am a calculator app built with Go.');
    await expect(entries.nth(3).locator('[data-stream="stdout"]')).toHaveText('Result: 200\n');
    await expect(page.getByTestId('terminal-pending')).toHaveCount(0);
    await expect(page.getByTestId('terminal').getByTestId('terminal-prompt')).toHaveText(/\$\s*$/);
  });

  test('the editor’s Dockerfile is Dockerfile; history, Tab completion and Ctrl+L work from the keyboard', async ({
    page,
  }) => {
    const { input, output } = await terminal(page);
    await run(input, output, 'cat Dockerfile');
    await expect(output).toContainText('FROM ubuntu:22.04 AS build');
    await input.fill('docker ima');
    await input.press('Tab');
    await expect(input).toHaveValue('docker image');
    await input.fill('');
    await input.press('ArrowUp');
    await expect(input).toHaveValue('cat Dockerfile');
    await input.press('Control+l');
    await expect(output).not.toContainText('FROM ubuntu');
    await page.getByRole('button', { name: 'docker images' }).click();
    await expect(output).toContainText('REPOSITORY');
  });
});

test.describe('a lesson terminal', () => {
  test('the multi-stage lesson’s terminal builds the example’s Dockerfiles', async ({ page }) => {
    await page.goto('/learn/multi-stage-builds/');
    const island = page.locator('[data-island="terminal"]');
    await island.scrollIntoViewIfNeeded();
    await expect(island).toHaveAttribute('data-island-state', 'live', { timeout: 20_000 });
    const input = island.getByRole('textbox', { name: 'Command' });
    const output = island.getByRole('log', { name: 'Terminal output' });
    await run(input, output, 'docker build -t calc-single -f Dockerfile.single-stage .');
    await run(input, output, 'docker build -t calc -f Dockerfile.multi-stage .');
    await run(input, output, 'docker images');
    const images = output.locator('[data-exit-code]').last();
    await expect(images).toContainText(/calc\s+latest\s+[0-9a-f]{12}\s+.+1\.79MB/);
    await expect(images).toContainText(/calc-single\s+latest\s+[0-9a-f]{12}\s+.+897MB/);
  });

  test('lesson 1 opens with a task: its suggested commands build the image, size it and list its layers', async ({
    page,
  }) => {
    await page.goto('/learn/why-images-get-big/');
    const island = page.locator('[data-island="terminal"]').first();
    await island.scrollIntoViewIfNeeded();
    await expect(island).toHaveAttribute('data-island-state', 'live', { timeout: 20_000 });
    const input = island.getByRole('textbox', { name: 'Command' });
    const output = island.getByRole('log', { name: 'Terminal output' });
    const entries = output.locator('[data-exit-code]');
    const commands = [
      'docker build -t calc-single -f Dockerfile.single-stage .',
      'docker images',
      'docker history calc-single',
    ];
    for (const [i, command] of commands.entries()) {
      await island.getByRole('button', { name: command, exact: true }).click();
      await expect(entries).toHaveCount(i + 1, { timeout: 20_000 });
      await expect(input).toHaveAttribute('aria-busy', 'false');
    }
    await expect(entries.nth(1)).toContainText(/calc-single\s+latest\s+[0-9a-f]{12}\s+.+897MB/);
    // docker history shortens the instructions, as Docker does: the apt layer holds most of the bytes.
    await expect(entries.nth(2)).toContainText(/apt-get update && apt-get ins…\s+8\d\dMB/);
    // The goal picture below it is server-rendered: both images, the small one a sliver of the big one.
    await expect(page.getByTestId('course-goal-from')).toContainText('897 MB');
    await expect(page.getByTestId('course-goal-to')).toContainText('1.79 MB');
  });
});
