import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { PmNodeJson } from '../../shared/model/brief';
import { hasJava, nuHtmlErrors } from '../unit/support/nu-html-checker';
import { test, expect } from './fixtures';
import { PreviewPage } from './pages/preview-page';
import { BriefdeskApi } from './support/briefdesk-api';
import { deskNode, paragraphNode } from './support/body-nodes';

// Mixed-direction briefs: each block reads in the direction of its own text, in the editor and in the export.

const ARABIC = 'تستأنف المحادثات في مسقط الأسبوع المقبل.';
const HEBREW = 'המשא ומתן יימשך בחודש הבא.';
const ARABIC_SIGNOFF = 'مكتب الخليج';
const ENGLISH = 'Talks resume in Muscat next week.';

const takeaways = (...items: string[]): PmNodeJson => ({
  type: 'keyTakeaways',
  content: items.map((text) => ({ type: 'takeaway', content: [{ type: 'text', text }] })),
});

/** The direction Chromium lays each element out in: `rtl` or `ltr`, by selector (the first match). */
async function directions(page: Page, selectors: Record<string, string>): Promise<Record<string, string>> {
  return page.evaluate((wanted) => {
    const found: Record<string, string> = {};
    for (const [name, selector] of Object.entries(wanted)) {
      const element = document.querySelector(selector);
      found[name] = element === null ? 'missing' : element.matches(':dir(rtl)') ? 'rtl' : 'ltr';
    }
    return found;
  }, selectors);
}

/** Exports the open brief as an HTML page from the Export dialog (Control+E); its text. */
async function exportPage(page: Page): Promise<string> {
  const preview = new PreviewPage(page);
  await page.keyboard.press('Control+E');
  await expect(preview.exportDialog).toBeVisible();
  const { text } = await preview.exportAs('HTML page');
  return text;
}

/** The Nu HTML Checker's errors for a page (none expected); skipped, with a reason, where Java is missing. */
async function nuErrors(html: string): Promise<string[]> {
  if (!hasJava) return [];
  const dir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-dir-'));
  try {
    const file = path.join(dir, 'page.html');
    await writeFile(file, html);
    return (await nuHtmlErrors([file])).filter((message) => message.type === 'error').map((message) => message.message);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test.describe('right-to-left and mixed-direction text', () => {
  test('an English brief with an Arabic paragraph, a Hebrew takeaway and an Arabic desk sign-off: each in its direction, in the editor and the export', async ({
    shell,
    request,
    briefdesk,
    page,
  }) => {
    const headline = 'Mixed-direction brief';
    await new BriefdeskApi(request, shell).createBrief({
      headline,
      language: 'en',
      body: {
        type: 'doc',
        content: [
          takeaways(ENGLISH, HEBREW),
          paragraphNode(ENGLISH),
          paragraphNode(ARABIC),
          deskNode({ title: 'Analysis', deskName: ARABIC_SIGNOFF, series: 'Gulf Watch', publication: 'Briefdesk', text: ENGLISH }),
        ],
      },
    });
    await briefdesk.open(shell);
    await briefdesk.openBrief(headline);

    await test.step('the editor lays each block out in its own direction', async () => {
      await expect(briefdesk.body.locator('p', { hasText: ARABIC })).toHaveAttribute('dir', 'auto');
      // Polled: the blocks' views (React) come a moment after the text.
      await expect
        .poll(() =>
          directions(page, {
            arabic: '.ProseMirror > p:nth-of-type(2)',
            english: '.ProseMirror > p:nth-of-type(1)',
            hebrewTakeaway: '.key-takeaways-items li.takeaway:nth-child(2)',
            englishTakeaway: '.key-takeaways-items li.takeaway:nth-child(1)',
            signoff: 'input[aria-label="Desk name"]',
            series: 'input[aria-label="Series"]',
          }),
        )
        .toEqual({ arabic: 'rtl', english: 'ltr', hebrewTakeaway: 'rtl', englishTakeaway: 'ltr', signoff: 'rtl', series: 'ltr' });
      await expect(briefdesk.body.locator('p', { hasText: ARABIC })).toHaveCSS('direction', 'rtl');
    });

    await test.step('typing Arabic at the end of the paragraph, Backspace removes the last letter typed; Shift+Home selects the line', async () => {
      const paragraph = briefdesk.body.locator('p', { hasText: ARABIC });
      await paragraph.click();
      await page.keyboard.press('End');
      await page.keyboard.type(' شكرا');
      await expect(paragraph).toHaveText(`${ARABIC} شكرا`);
      await page.keyboard.press('Backspace');
      await expect(paragraph).toHaveText(`${ARABIC} شكر`);
      await page.keyboard.press('Shift+Home');
      expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(`${ARABIC} شكر`);
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
      await expect(paragraph).toHaveText(`${ARABIC} شك`);
    });

    await test.step('the exported page: dir="auto" on each block, laid out the same; valid and axe-clean', async () => {
      const html = await exportPage(page);
      expect(html).toContain('<html lang="en" dir="ltr">');
      await page.setContent(html);
      expect(
        await directions(page, {
          arabic: '.brief-body > p:nth-of-type(2)',
          english: '.brief-body > p:nth-of-type(1)',
          hebrewTakeaway: 'section.key-takeaways li:nth-child(2)',
          englishTakeaway: 'section.key-takeaways li:nth-child(1)',
          signoff: '.editors-desk-signoff p:nth-child(1)',
          series: '.editors-desk-signoff p:nth-child(2)',
        }),
      ).toEqual({ arabic: 'rtl', english: 'ltr', hebrewTakeaway: 'rtl', englishTakeaway: 'ltr', signoff: 'rtl', series: 'ltr' });
      for (const selector of ['.brief-body > p:nth-of-type(2)', 'section.key-takeaways li:nth-child(2)', '.editors-desk-signoff p']) {
        await expect(page.locator(selector).first()).toHaveAttribute('dir', 'auto');
      }
      expect(await nuErrors(html)).toEqual([]);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  });

  test('an Arabic brief exports lang="ar" dir="rtl", its English quote left to right; valid and axe-clean', async ({
    shell,
    request,
    briefdesk,
    page,
  }) => {
    const headline = 'محادثات مسقط';
    await new BriefdeskApi(request, shell).createBrief({
      headline,
      language: 'ar',
      body: {
        type: 'doc',
        content: [paragraphNode(ARABIC), { type: 'blockquote', content: [paragraphNode(ENGLISH)] }, takeaways(ARABIC, ENGLISH)],
      },
    });
    await briefdesk.open(shell);
    await briefdesk.openBrief(headline);
    expect(await directions(page, { quote: '.ProseMirror blockquote', arabic: '.ProseMirror > p' })).toEqual({
      quote: 'ltr',
      arabic: 'rtl',
    });

    const html = await exportPage(page);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    await page.setContent(html);
    expect(
      await directions(page, {
        page: 'html',
        headline: 'h1',
        arabic: '.brief-body > p',
        quote: 'blockquote',
        englishTakeaway: 'section.key-takeaways li:nth-child(2)',
      }),
    ).toEqual({ page: 'rtl', headline: 'rtl', arabic: 'rtl', quote: 'ltr', englishTakeaway: 'ltr' });
    expect(await nuErrors(html)).toEqual([]);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});
