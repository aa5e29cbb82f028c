import { test, expect } from './fixtures';
import { BriefdeskApi } from './support/briefdesk-api';
import { paragraphNode } from './support/body-nodes';

const HEADLINE = 'A long brief to focus on';

test.describe('focus mode', () => {
  test('hides the library, outline and toolbar, keeps the caret at mid-height, dims other paragraphs; remembered; Escape leaves', async ({
    shell,
    request,
    briefdesk,
    page,
  }) => {
    const paragraphs = Array.from({ length: 40 }, (_, n) =>
      paragraphNode(`Paragraph ${n + 1} of the brief, long enough to wrap onto a second line in the column.`),
    );
    await new BriefdeskApi(request, shell).createBrief({ headline: HEADLINE, body: { type: 'doc', content: paragraphs } });
    await briefdesk.open(shell);
    await briefdesk.openBrief(HEADLINE);
    const library = page.getByRole('complementary', { name: 'Library' });
    const toolbar = page.getByRole('toolbar').first();
    const toggle = page.getByRole('button', { name: 'Focus mode' });
    await expect(library).toBeVisible();
    await expect(toolbar).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(library).toBeHidden();
    await expect(toolbar).toBeHidden();
    await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeHidden();
    // The status bar stays at the foot of the window.
    await expect(page.getByText('Saved', { exact: true })).toBeInViewport();

    await test.step('typewriter scrolling: the caret line sits at mid-height while typing', async () => {
      await briefdesk.body.getByText('Paragraph 30 of').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' More.');
      await expect
        .poll(async () =>
          page.evaluate(() => {
            const range = window.getSelection()?.getRangeAt(0);
            const scroller = document.querySelector('.editor-scroll');
            if (!range || !scroller) return Infinity;
            const caret = range.getBoundingClientRect();
            const box = scroller.getBoundingClientRect();
            return Math.abs((caret.top + caret.bottom) / 2 - (box.top + box.height / 2));
          }),
        )
        .toBeLessThan(30);
    });

    await test.step('the paragraph being written is clear, the others dimmed', async () => {
      const current = briefdesk.body.locator('p', { hasText: 'Paragraph 30 of' });
      const other = briefdesk.body.locator('p', { hasText: 'Paragraph 29 of' });
      await expect(current).toHaveCSS('opacity', '1');
      await expect(other).toHaveCSS('opacity', '0.35');
      await page.getByRole('checkbox', { name: 'Dim other paragraphs' }).uncheck();
      await expect(other).toHaveCSS('opacity', '1');
    });

    await test.step('remembered after a reload', async () => {
      await briefdesk.expectSaved();
      await briefdesk.reload();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await expect(library).toBeHidden();
      await expect(page.getByRole('checkbox', { name: 'Dim other paragraphs' })).not.toBeChecked();
    });

    await test.step('Escape leaves and every pane comes back; Control+Shift+F enters again', async () => {
      await briefdesk.body.getByText('Paragraph 2 of').click();
      await page.keyboard.press('Escape');
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await expect(library).toBeVisible();
      await expect(toolbar).toBeVisible();
      await page.keyboard.press('Control+Shift+F');
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await expect(library).toBeHidden();
    });
  });

  test('the desktop window goes full screen while focus mode is on, and back when it leaves', async ({
    shell,
    request,
    briefdesk,
    page,
  }) => {
    // The desktop preload's window controls, recorded: what the page asks of the window.
    await page.addInitScript(() => {
      const asked: boolean[] = [];
      Reflect.set(window, 'fullScreenAsked', asked);
      Reflect.set(window, 'briefdeskWindow', {
        setFullScreen: async (on: boolean) => {
          asked.push(on);
          return true;
        },
      });
    });
    const lastAsked = () => page.evaluate(() => (Reflect.get(window, 'fullScreenAsked') as boolean[]).at(-1) ?? false);
    await new BriefdeskApi(request, shell).createBrief({ headline: HEADLINE });
    await briefdesk.open(shell);
    await briefdesk.openBrief(HEADLINE);
    expect(await lastAsked()).toBe(false);
    await page.keyboard.press('Control+Shift+F');
    await expect(page.getByRole('button', { name: 'Focus mode' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(lastAsked).toBe(true);
    await briefdesk.body.click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Focus mode' })).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(lastAsked).toBe(false);
  });
});
