import type { Locator, Page } from '@playwright/test';
import { expectAxeCleanInBothThemes } from './axe';
import { expect, test } from './fixtures';

interface Term {
  section: Locator;
  input: Locator;
  output: Locator;
  prompt: Locator;
}

/** The live terminal whose id is `id` on the page at `path`. */
async function terminal(page: Page, path: string, id: string): Promise<Term> {
  await page.goto(path);
  const section = page.locator(`section[aria-labelledby="${id}-title"]`);
  // The placeholder and the live terminal share the title: bring it near the view (the live one
  // replaces the placeholder, so no waiting for a stable element here).
  await page.locator(`#${id}-title`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const input = page.locator(`#${id}-input`);
  await expect(input).toBeAttached({ timeout: 60_000 });
  await input.scrollIntoViewIfNeeded();
  await expect(input).toBeVisible();
  return {
    section,
    input,
    output: section.getByRole('log', { name: 'Terminal output' }),
    prompt: section.getByTestId('terminal-prompt'),
  };
}

/**
 * Enters `line` at the prompt and waits for its answer. The line is filled in at once: these tests are
 * about what the terminal answers (the keys themselves: Tab, history, Ctrl+C, Ctrl+R, are tested apart).
 */
async function type(t: Term, line: string): Promise<Locator> {
  const before = await t.output.locator('[data-exit-code]').count();
  await t.input.fill(line);
  await t.input.press('Enter');
  await expect(t.output.locator('[data-exit-code]')).toHaveCount(before + 1, { timeout: 20_000 });
  await expect(t.input).toHaveAttribute('aria-busy', 'false');
  return t.output.locator('[data-exit-code]').last();
}

test.describe('the terminal inside the image', () => {
  test('the distroless lesson: ls and sh answer in Ubuntu, Docker’s error in distroless and scratch', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const t = await terminal(page, '/learn/distroless-images/', 'terminal-distroless');
    await t.section
      .getByRole('button', { name: 'docker build -t calc-ubuntu -f Dockerfile.single-stage .' })
      .click();
    await expect(t.output.locator('[data-exit-code]').last()).toHaveAttribute('data-exit-code', '0', {
      timeout: 20_000,
    });
    await type(t, 'docker build -t calc-distroless -f Dockerfile.distroless .');
    await type(t, 'docker build -t calc-scratch -f Dockerfile.multi-stage .');

    const ubuntu = await type(t, 'docker run --rm --entrypoint ls calc-ubuntu /');
    await expect(ubuntu).toHaveAttribute('data-exit-code', '0');
    await expect(ubuntu.locator('[data-stream="stdout"]')).toContainText('bin\n');
    await expect(ubuntu.locator('[data-stream="stdout"]')).toContainText('usr\n');
    // sed comes from Debian's program lists, which the worker loads per release before the build.
    const which = await type(t, 'docker run --rm --entrypoint which calc-ubuntu sed');
    await expect(which.locator('[data-stream="stdout"]')).toHaveText('/usr/bin/sed\n');
    // redis is in the official images the worker loads when a line may name one: its repo-info size.
    await type(t, 'docker pull redis:8');
    const redis = await type(t, 'docker images redis');
    await expect(redis.locator('[data-stream="stdout"]')).toContainText(/redis\s+8\s.*146MB/);

    for (const image of ['calc-distroless', 'calc-scratch']) {
      const denied = await type(t, `docker run --rm --entrypoint ls ${image} /`);
      await expect(denied).toHaveAttribute('data-exit-code', '127');
      await expect(denied.locator('[data-stream="stderr"]')).toContainText(
        `exec: "ls": executable file not found in $PATH: unknown\n\nRun 'docker run --help' for more information`,
      );
    }

    await type(t, 'docker run -it --rm --entrypoint sh calc-ubuntu');
    await expect(t.prompt).toHaveText(/#\s*$/);
    const listing = await type(t, 'ls /app');
    await expect(listing.locator('[data-stream="stdout"]')).toHaveText('/app\n');
    await type(t, 'exit');
    await expect(t.prompt).toHaveText(/\$\s*$/);
  });

  test('the talk’s demo typed interactively: docker run -it waits at the prompt and answers', async ({
    page,
  }) => {
    const t = await terminal(page, '/playground/', 'playground-terminal');
    await type(t, 'docker build -t calc -f Dockerfile.multi-stage .');
    const start = await type(t, 'docker run -it --rm calc');
    await expect(start).toContainText("Hi there, I am a calculator app built with Go. Let's do some maths!");
    await expect(t.prompt).toContainText('Enter any calculation');
    const answer = await type(t, '2 * 100');
    await expect(answer).toContainText('Enter any calculation');
    await expect(answer.locator('[data-stream="stdout"]')).toHaveText('Result: 200\n');
    await type(t, 'exit');
    await expect(t.prompt).toHaveText(/^\s*Command\s*\$\s*$/);

    // Ctrl+C stops it as the terminal would; Ctrl+R finds the command again.
    await type(t, 'docker run -it --rm calc');
    await t.input.press('Control+c');
    await expect(t.output.locator('[data-exit-code]').last()).toContainText('^C');
    await expect(t.prompt).toHaveText(/\$\s*$/);
    await t.input.press('Control+r');
    await t.input.pressSequentially('run -it');
    await expect(t.section.getByTestId('terminal-search')).toContainText("(reverse-i-search)`run -it'");
    await expect(t.input).toHaveValue('docker run -it --rm calc');
    await t.input.press('Escape');
    await expect(t.input).toHaveValue('');
  });

  test('a detached container, exec into it; distroless refuses with runc’s error', async ({ page }) => {
    test.setTimeout(120_000);
    const t = await terminal(page, '/learn/operating-distroless/', 'terminal-debugging');
    await t.section.getByRole('button', { name: 'docker build -t greeter -f Dockerfile.static .' }).click();
    await expect(t.output.locator('[data-exit-code]').last()).toHaveAttribute('data-exit-code', '0', {
      timeout: 20_000,
    });
    const id = await type(
      t,
      'docker run -dit --name box --entrypoint sh gcr.io/distroless/static-debian13:debug',
    );
    await expect(id.locator('[data-stream="stdout"]')).toHaveText(/^[0-9a-f]{64}\n$/);
    const ps = await type(t, 'docker ps');
    await expect(ps).toContainText(/"sh"\s+.*Up .* box/);
    await type(t, 'docker exec -it box sh');
    await expect(t.prompt).toHaveText(/\/ #\s*$/);
    await type(t, 'cd /tmp && touch hello');
    await type(t, 'exit');
    await expect((await type(t, 'docker diff box')).locator('[data-stream="stdout"]')).toHaveText(
      'C /tmp\nA /tmp/hello\n',
    );

    await t.section.getByRole('button', { name: 'docker run -d --name greeter greeter' }).click();
    await t.section.getByRole('button', { name: 'docker exec -it greeter sh' }).click();
    const refused = t.output.locator('[data-exit-code]').last();
    await expect(refused).toHaveAttribute('data-exit-code', '127');
    await expect(refused).toContainText(
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "sh": executable file not found in $PATH: unknown',
    );
    await t.section.getByRole('button', { name: /--pid=container:greeter/ }).click();
    await expect(t.prompt).toHaveText(/\/ \$\s*$/);
    await expect((await type(t, 'ls /proc/1/root')).locator('[data-stream="stdout"]')).toContainText(
      'server',
    );
    await type(t, 'exit');
    // An official image's entrypoint script execs the command it is given: node:24 bash is a shell.
    const node = await type(t, 'docker run -it --rm node:24 bash');
    await expect(node).toContainText('runs `bash` in its place');
    await expect(t.prompt).toHaveText(/# *$/);
    await expect((await type(t, 'ls /')).locator('[data-stream="stdout"]')).toContainText('usr');
    await type(t, 'exit');
  });

  test('line editing as readline: Ctrl+A/E, Ctrl+W, Ctrl+K, Ctrl+U and Ctrl+Y; a multi-line paste runs each line', async ({
    page,
  }) => {
    const t = await terminal(page, '/playground/', 'playground-terminal');
    await t.input.fill('docker images --quiet extra');
    await t.input.press('Control+w');
    await expect(t.input).toHaveValue('docker images --quiet ');
    await t.input.press('Control+a');
    await t.input.press('ArrowRight');
    await t.input.press('Control+k');
    await expect(t.input).toHaveValue('d');
    await t.input.press('Control+y');
    await expect(t.input).toHaveValue('docker images --quiet ');
    await t.input.press('Control+e');
    await t.input.press('Control+u');
    await expect(t.input).toHaveValue('');

    // Two whole lines run one after the other; the unfinished third stays on the line.
    const ran = t.output.locator('[data-exit-code]');
    const before = await ran.count();
    await t.input.evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'echo one\necho two\ndocker ps');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(t.input).toHaveValue('docker ps');
    await expect(ran).toHaveCount(before + 2);
    await expect(ran.nth(before)).toContainText('one');
    await expect(ran.nth(before + 1)).toContainText('two');
  });

  test('axe finds nothing with a build, a listing, errors and a container shell in the terminal, light and dark', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const t = await terminal(page, '/playground/', 'playground-terminal');
    await type(t, 'docker build -t calc -f Dockerfile.multi-stage . && docker images && docker nope');
    await expect(t.output).toContainText('docker: unknown command: docker nope');
    await type(t, 'docker run --rm --entrypoint ls calc /');
    await type(t, 'docker run -it --rm busybox');
    await type(t, 'ls /nope');
    await expect(t.prompt).toHaveText(/\/ #\s*$/);
    await expectAxeCleanInBothThemes(page, { include: '[data-testid="terminal"]' });
  });
});
