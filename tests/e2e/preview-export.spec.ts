import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { BriefdeskPage } from './pages/briefdesk-page';
import { PreviewPage } from './pages/preview-page';

const HEADLINE = 'Gulf mediators reopen the Muscat channel';
const TAKEAWAY = 'Oman hosts the talks.';
/** Where the preview screenshots go, to be looked at by a person. */
const SHOTS = process.env.PREVIEW_SHOTS_DIR;

/** A new brief with a headline and one Key Takeaway, saved. */
async function briefWithTakeaway(briefdesk: BriefdeskPage): Promise<void> {
  await briefdesk.createBrief(HEADLINE);
  const firstItem = briefdesk.takeawayItems(briefdesk.takeawaysBlocks.first()).first();
  // Clicking an item's handle puts the cursor at the end of its text.
  await briefdesk.takeawayHandle(briefdesk.takeawaysBlocks.first(), 1).click();
  await briefdesk.page.keyboard.type(TAKEAWAY);
  await expect(firstItem).toContainText(TAKEAWAY);
  // Not waiting for "Saved": Preview and Export flush the pending autosave themselves.
}

/** What a DOM parser finds in an exported page. */
async function pageStructure(page: Page, html: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    return {
      doctype: doc.doctype?.name ?? null,
      lang: doc.documentElement.getAttribute('lang'),
      title: doc.title,
      h1: doc.querySelector('main article h1')?.textContent ?? null,
      takeaways: Array.from(doc.querySelectorAll('section.key-takeaways li'), (li) => li.textContent?.trim() ?? ''),
      scripts: Array.from(doc.scripts, (script) => script.type),
      styles: doc.querySelectorAll('head style').length,
    };
  }, html);
}

test.describe('Preview and Export of the open brief', () => {
  test('Preview shows the exported page in a sandboxed frame, in light, dark and print views', async ({ shell, briefdesk, page }) => {
    const preview = new PreviewPage(page);
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await briefdesk.open(shell);
    await briefWithTakeaway(briefdesk);

    await preview.previewButton.click();
    await expect(preview.preview).toBeVisible();
    // Sandboxed without scripts; its own origin only, so that the keyboard can enter and scroll the page.
    await expect(preview.previewFrameElement).toHaveAttribute('sandbox', 'allow-same-origin');
    await expect(preview.previewFrameElement).toHaveAttribute('title', `Preview of ${HEADLINE}`);
    await expect(preview.previewFrame.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
    await expect(preview.previewFrame.locator('section.key-takeaways li')).toHaveText([TAKEAWAY]);
    await expect(preview.view('Light')).toBeChecked();
    const light = await preview.pageBackground();
    if (SHOTS) await mkdir(SHOTS, { recursive: true });
    if (SHOTS) await preview.preview.screenshot({ path: `${SHOTS}/preview-light.png` });

    await preview.showView('Dark');
    await expect.poll(() => preview.pageBackground()).not.toBe(light);
    if (SHOTS) await preview.preview.screenshot({ path: `${SHOTS}/preview-dark.png` });

    await preview.showView('Print');
    // The page's print rules apply: white paper, 10.5pt text, an A4-wide sheet.
    await expect.poll(() => preview.pageBackground()).toBe('rgb(255, 255, 255)');
    const body = preview.previewFrame.locator('body');
    await expect(body).toHaveCSS('font-size', '14px');
    expect((await body.boundingBox())?.width).toBeCloseTo((210 * 96) / 25.4, 0);
    await expect(preview.previewFrame.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
    if (SHOTS) await preview.preview.screenshot({ path: `${SHOTS}/preview-print.png` });

    await page.keyboard.press('Escape');
    await expect(preview.preview).toBeHidden();

    await page.keyboard.press('Control+Shift+P');
    await expect(preview.preview).toBeVisible();
    await preview.closePreviewButton.click();
    await expect(preview.preview).toBeHidden();
    expect(cspViolations).toEqual([]);
  });

  test('Control+E exports the brief as an HTML page, downloaded with its headline inside', async ({ shell, briefdesk, page }) => {
    const preview = new PreviewPage(page);
    await briefdesk.open(shell);
    await briefWithTakeaway(briefdesk);

    await briefdesk.headline.focus();
    await page.keyboard.press('Control+E');
    await expect(preview.exportDialog).toBeVisible();
    await expect(preview.format('HTML page')).toBeChecked();
    const { fileName, text } = await preview.exportAs('HTML page');

    expect(fileName).toBe('gulf-mediators-reopen-the-muscat-channel.html');
    expect(text).toContain(HEADLINE);
    expect(await pageStructure(page, text)).toEqual({
      doctype: 'html',
      lang: 'en',
      title: HEADLINE,
      h1: HEADLINE,
      takeaways: [TAKEAWAY],
      scripts: ['application/ld+json'],
      styles: 1,
    });
    await expect(preview.exportDialog).toBeHidden();
  });

  test('Export as JSON downloads the lossless brief; Control+E in the body does not toggle code', async ({ shell, briefdesk, page }) => {
    const preview = new PreviewPage(page);
    await briefdesk.open(shell);
    await briefWithTakeaway(briefdesk);

    // The cursor is still in the takeaway: the editor's own Mod-E must not take the keystroke.
    await page.keyboard.press('Control+E');
    await expect(preview.exportDialog).toBeVisible();
    const { fileName, text } = await preview.exportAs('JSON (lossless)');

    expect(fileName).toBe('gulf-mediators-reopen-the-muscat-channel.json');
    const exported: unknown = JSON.parse(text);
    expect(exported).toMatchObject({ format: 'briefdesk-brief', version: 1, brief: { headline: HEADLINE } });
    expect(JSON.stringify(exported)).toContain(TAKEAWAY);
    await expect(briefdesk.body.locator('code')).toHaveCount(0);
  });
});
