import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { BriefContent } from '../../shared/model/brief';
import { test, expect } from './fixtures';
import { PreviewPage } from './pages/preview-page';
import { BriefdeskApi } from './support/briefdesk-api';
import { type CropColours, type SeenStyle, channelDistance, cropColours, seenStyle } from './support/block-styles';

/**
 * The editor looks like what ships: the same brief's Key Takeaways and
 * Editor's Desk in the editor and in Preview (the exported page), light and
 * dark — the computed colours, type (family, weight, size against the body
 * text), alignment and where the text starts of matching elements, and the
 * colours of cropped screenshots of the number badges and the desk badge.
 */

type Key = keyof SeenStyle;

/** One element of a block, in the editor and on the page, and what of it must agree. */
interface Pair {
  name: string;
  editor: Locator;
  page: Locator;
  pseudo?: '::before';
  keys: Key[];
}

const TYPE: Key[] = ['color', 'fontFamily', 'fontWeight', 'sizeRatio', 'textStart'];

/** Every pair's values, as an object keyed by the pair's name, for one side. */
async function seen(pairs: Pair[], side: 'editor' | 'page', block: Locator, body: Locator): Promise<Record<string, Partial<SeenStyle>>> {
  const result: Record<string, Partial<SeenStyle>> = {};
  for (const pair of pairs) {
    const style = await seenStyle(pair[side], block, body, side === 'page' ? (pair.pseudo ?? null) : null);
    result[pair.name] = Object.fromEntries(pair.keys.map((key) => [key, style[key]]));
  }
  return result;
}

/** A crop of the first takeaway's number column: its width, one number's height below the page's top offset. */
async function numberCrop(page: Page, item: Locator): Promise<CropColours> {
  await item.scrollIntoViewIfNeeded();
  const box = await item.boundingBox();
  if (!box) throw new Error('The first takeaway is not on screen');
  const clip = { x: box.x, y: box.y + 0.7 * 16, width: 2.5 * 16, height: 36 };
  return cropColours(page, await page.screenshot({ clip, animations: 'disabled', caret: 'hide' }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Key Takeaways and the Editor's Desk look in the editor as in Preview (${colorScheme})`, async ({
    shell,
    briefdesk,
    page,
    request,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.emulateMedia({ colorScheme });
    const sample: BriefContent = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../docs/sample-brief.json'), 'utf8'));
    await new BriefdeskApi(request, shell).createBrief({ ...sample, hero: null });
    await briefdesk.open(shell);
    await briefdesk.openBrief(sample.headline);
    await page.mouse.move(0, 0);

    const preview = new PreviewPage(page);
    const frame = preview.previewFrame;
    const takeaways = briefdesk.takeawaysBlocks.first();
    const desk = briefdesk.deskBlocks.first();
    const pageTakeaways = frame.locator('section.key-takeaways');
    const pageDesk = frame.locator('aside.editors-desk');
    const pageBody = frame.locator('.brief-body');
    const takeawayPairs: Pair[] = [
      { name: 'block', editor: takeaways, page: pageTakeaways, keys: ['background', 'borderTop'] },
      {
        name: 'title',
        editor: takeaways.getByRole('heading', { name: 'Key Takeaways' }),
        page: pageTakeaways.getByRole('heading', { name: 'Key Takeaways' }),
        keys: [...TYPE, 'textTransform'],
      },
      {
        name: 'number',
        editor: takeaways.locator('.takeaway-number').first(),
        page: pageTakeaways.getByRole('listitem').first(),
        pseudo: '::before',
        keys: [...TYPE, 'textAlign'],
      },
      { name: 'text', editor: takeaways.locator('.takeaway-text').first(), page: pageTakeaways.getByRole('listitem').first(), keys: TYPE },
      {
        name: 'rule',
        editor: takeaways.getByRole('listitem').nth(1),
        page: pageTakeaways.getByRole('listitem').nth(1),
        keys: ['borderTop'],
      },
    ];
    const deskPairs: Pair[] = [
      { name: 'block', editor: desk, page: pageDesk, keys: ['background', 'borderStart'] },
      {
        name: 'badge',
        editor: desk.locator('.desk-badge'),
        page: pageDesk.locator('.editors-desk-badge'),
        keys: [...TYPE, 'background', 'textTransform'],
      },
      {
        name: 'title',
        editor: desk.getByRole('textbox', { name: 'Desk title' }),
        page: pageDesk.getByRole('heading', { level: 2 }),
        keys: TYPE,
      },
      {
        name: 'analysis',
        editor: desk.locator('.desk-body p').first(),
        page: pageDesk.locator('.editors-desk-body p').first(),
        keys: TYPE,
      },
      {
        name: 'desk name',
        editor: desk.getByRole('textbox', { name: 'Desk name' }),
        page: pageDesk.locator('.editors-desk-signoff p').first(),
        keys: [...TYPE, 'textAlign'],
      },
      {
        name: 'series',
        editor: desk.getByRole('textbox', { name: 'Series' }),
        page: pageDesk.locator('.editors-desk-signoff p').nth(1),
        keys: [...TYPE, 'textAlign'],
      },
      {
        name: 'sign-off rule',
        editor: desk.locator('.desk-signoff'),
        page: pageDesk.locator('.editors-desk-signoff'),
        keys: ['borderTop'],
      },
    ];

    const editorTakeaways = await seen(takeawayPairs, 'editor', takeaways, briefdesk.body);
    const editorDesk = await seen(deskPairs, 'editor', desk, briefdesk.body);
    const editorNumbers = await numberCrop(page, takeaways.getByRole('listitem').first());
    const editorBadge = await cropColours(page, await desk.locator('.desk-badge').screenshot({ animations: 'disabled' }));
    await takeaways.screenshot({ path: test.info().outputPath(`editor-takeaways-${colorScheme}.png`) });
    await desk.screenshot({ path: test.info().outputPath(`editor-desk-${colorScheme}.png`) });

    await preview.previewButton.click();
    await expect(preview.preview).toBeVisible();
    await preview.showView(colorScheme === 'dark' ? 'Dark' : 'Light');
    await expect(pageTakeaways.getByRole('listitem')).toHaveCount(5);
    const shownTakeaways = await seen(takeawayPairs, 'page', pageTakeaways, pageBody);
    const shownDesk = await seen(deskPairs, 'page', pageDesk, pageBody);
    const pageNumbers = await numberCrop(page, pageTakeaways.getByRole('listitem').first());
    const pageBadge = await cropColours(page, await pageDesk.locator('.editors-desk-badge').screenshot({ animations: 'disabled' }));
    await pageTakeaways.screenshot({ path: test.info().outputPath(`preview-takeaways-${colorScheme}.png`) });
    await pageDesk.screenshot({ path: test.info().outputPath(`preview-desk-${colorScheme}.png`) });

    expect(editorTakeaways).toEqual(shownTakeaways);
    expect(editorDesk).toEqual(shownDesk);
    // The pixels agree too: the numbers' ink and the block behind them, the badge's fill and its letters.
    for (const [editor, shown] of [
      [editorNumbers, pageNumbers],
      [editorBadge, pageBadge],
    ] as const) {
      expect(channelDistance(editor.background, shown.background), `${editor.background} vs ${shown.background}`).toBeLessThanOrEqual(3);
      expect(channelDistance(editor.ink, shown.ink), `${editor.ink} vs ${shown.ink}`).toBeLessThanOrEqual(3);
    }
    // …and are the block's colours, not an empty crop.
    expect(channelDistance(pageNumbers.background, pageNumbers.ink)).toBeGreaterThan(60);
  });
}
