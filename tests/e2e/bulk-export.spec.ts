import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Brief } from '../../shared/model/brief';
import { test, expect } from './fixtures';
import type { BriefdeskPage } from './pages/briefdesk-page';
import { ExportPage } from './pages/export-page';
import { BriefdeskApi } from './support/briefdesk-api';
import { openFromDisk, unzip, writeFiles } from './support/exported-files';
import type { WebShell } from './web-shell';

/** Four briefs of our own; the second lists the first as related. */
const BRIEFS = [
  { headline: 'Quota talks stall over mackerel', section: 'Fisheries', standfirst: 'Neither side moved on the shared stock.' },
  { headline: 'Coastal states draft a quota compromise', section: 'Fisheries', standfirst: 'A smaller cut, phased over three years.' },
  { headline: 'Rail freight tender draws four bidders', section: 'Transport', standfirst: 'The ministry wants a decision by spring.' },
  { headline: 'Drought cuts hydropower output', section: 'Energy', standfirst: 'Reservoirs are at a ten-year low.' },
] as const;

/** The stems the export gives those headlines. */
const STEMS = [
  'quota-talks-stall-over-mackerel',
  'coastal-states-draft-a-quota-compromise',
  'rail-freight-tender-draws-four-bidders',
  'drought-cuts-hydropower-output',
] as const;

/** Makes the four briefs through the API (the second related to the first), then opens the app. */
async function libraryOfFour(api: BriefdeskApi, briefdesk: BriefdeskPage, shell: WebShell): Promise<Brief[]> {
  const made: Brief[] = [];
  for (const [index, fields] of BRIEFS.entries()) {
    const related = index === 1 && made[0] ? [{ kind: 'brief' as const, id: made[0].id }] : [];
    made.push(await api.createBrief({ ...fields, related }));
  }
  await briefdesk.open(shell);
  await expect(briefdesk.briefItems).toHaveCount(BRIEFS.length);
  return made;
}

/** The sorted names in a zip. */
function namesIn(entries: Map<string, Buffer>): string[] {
  return [...entries.keys()].sort();
}

/** The local date as the zip's name has it. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Holds every exportBrief request after the first `passing` until `release` is called. */
async function holdExports(page: Page, passing: number): Promise<{ release: () => void; requested: () => number }> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let count = 0;
  await page.route('**/api/exportBrief', async (route) => {
    count += 1;
    if (count > passing) await held;
    await route.continue();
  });
  return { release, requested: () => count };
}

test.describe('Export briefs from the library', () => {
  test('all briefs as HTML: one zip with a page each and an index.html whose links open them', async ({
    shell,
    briefdesk,
    page,
    request,
  }) => {
    const exporter = new ExportPage(page);
    await libraryOfFour(new BriefdeskApi(request, shell), briefdesk, shell);

    await exporter.openBulkExport();
    await expect(exporter.scope('All briefs')).toHaveAccessibleName('All briefs (4)');
    await expect(exporter.scope('All briefs')).toBeChecked();
    await expect(exporter.scope('The filtered list')).toHaveCount(0);
    await expect(exporter.bulkFormat('HTML page')).toBeChecked();
    await expect(exporter.bulkStart).toHaveAccessibleName('Export 4 briefs');
    const zip = await exporter.startAndDownload();

    expect(zip.fileName).toBe(`briefdesk-export-${today()}.zip`);
    await expect(exporter.bulkStatus).toHaveText(`Exported 4 briefs to ${zip.fileName}.`);
    await expect(exporter.failures).toHaveCount(0);
    const entries = unzip(zip.bytes);
    expect(namesIn(entries)).toEqual(['index.html', ...STEMS.map((stem) => `${stem}.html`)].sort());

    const dir = test.info().outputPath('all');
    await writeFiles(dir, entries);
    const index = await openFromDisk(page.context(), path.join(dir, 'index.html'));
    const links = index.page.getByRole('link');
    await expect(links).toHaveText([...BRIEFS].reverse().map((brief) => brief.headline));
    for (const link of await links.all()) {
      const target = await link.getAttribute('href');
      expect(entries.has(target ?? ''), `${target} is in the zip`).toBe(true);
    }
    await index.page.getByRole('link', { name: BRIEFS[1].headline }).click();
    await expect(index.page.getByRole('heading', { level: 1 })).toHaveText(BRIEFS[1].headline);
    // The related brief links to its page in the same export.
    await index.page.getByRole('link', { name: BRIEFS[0].headline }).click();
    await expect(index.page.getByRole('heading', { level: 1 })).toHaveText(BRIEFS[0].headline);
    expect(index.outsideRequests()).toEqual([]);

    await exporter.bulkClose.click();
    await expect(exporter.bulkDialog).toBeHidden();
  });

  test('the filtered list: only the briefs the library search shows', async ({ shell, briefdesk, page, request }) => {
    const exporter = new ExportPage(page);
    await libraryOfFour(new BriefdeskApi(request, shell), briefdesk, shell);
    await briefdesk.filter('quota');
    await expect(briefdesk.briefItems).toHaveCount(2);

    await exporter.openBulkExport();
    await expect(exporter.scope('The filtered list')).toHaveAccessibleName('The filtered list (2)');
    await expect(exporter.scope('The filtered list')).toBeChecked();
    await exporter.bulkFormat('JSON (lossless)').check();
    await expect(exporter.bulkStart).toHaveAccessibleName('Export 2 briefs');
    const zip = await exporter.startAndDownload();

    expect(namesIn(unzip(zip.bytes))).toEqual([`${STEMS[0]}.json`, `${STEMS[1]}.json`].sort());
    await expect(exporter.bulkStatus).toHaveText(`Exported 2 briefs to ${zip.fileName}.`);
    await exporter.bulkClose.click();

    // A word found only in a standfirst: the filtered list is what the full-text search shows.
    await briefdesk.filter('reservoirs');
    await expect(briefdesk.briefItems).toHaveCount(1);
    await exporter.openBulkExport();
    await expect(exporter.scope('The filtered list')).toHaveAccessibleName('The filtered list (1)');
    await expect(exporter.bulkStart).toHaveAccessibleName('Export 1 brief');
  });

  test('Control+Alt+E and "Choose briefs…": only the ticked briefs', async ({ shell, briefdesk, page, request }) => {
    const exporter = new ExportPage(page);
    await libraryOfFour(new BriefdeskApi(request, shell), briefdesk, shell);
    await briefdesk.openBrief(BRIEFS[3].headline);
    await briefdesk.headline.focus();

    await page.keyboard.press('Control+Alt+E');
    await expect(exporter.bulkDialog).toBeVisible();
    await exporter.scope('Choose briefs…').check();
    await expect(exporter.checklist.getByRole('checkbox')).toHaveCount(4);
    await exporter.checklist.getByRole('button', { name: 'Select all' }).click();
    await expect(exporter.bulkStart).toHaveAccessibleName('Export 4 briefs');
    await exporter.checklist.getByRole('button', { name: 'Select none' }).click();
    await expect(exporter.bulkStart).toBeDisabled();
    await exporter.briefCheckbox(BRIEFS[2].headline).check();
    await exporter.briefCheckbox(BRIEFS[3].headline).check();
    await expect(exporter.bulkStart).toHaveAccessibleName('Export 2 briefs');
    await exporter.bulkFormat('Markdown').check();
    const zip = await exporter.startAndDownload();

    expect(namesIn(unzip(zip.bytes))).toEqual([`${STEMS[2]}.md`, `${STEMS[3]}.md`].sort());
    await expect(exporter.bulkStatus).toHaveText(`Exported 2 briefs to ${zip.fileName}.`);
  });

  test('Cancel while it runs: it stops after the current brief, nothing downloads, and the app works on', async ({
    shell,
    briefdesk,
    page,
    request,
  }) => {
    const exporter = new ExportPage(page);
    await libraryOfFour(new BriefdeskApi(request, shell), briefdesk, shell);
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    const exports = await holdExports(page, 1);

    await exporter.openBulkExport();
    await exporter.bulkStart.click();
    // Newest first: the second brief exported is the third one made.
    await expect(exporter.bulkStatus).toHaveText(`Exporting 2 of 4: ${BRIEFS[2].headline}`);
    await expect(exporter.progress).toHaveAttribute('value', '1');
    await expect(exporter.progress).toHaveAttribute('max', '4');
    await exporter.bulkCancel.click();
    await expect(exporter.bulkStatus).toHaveText(`Stopping after “${BRIEFS[2].headline}”…`);
    exports.release();

    await expect(exporter.bulkStatus).toHaveText('Export cancelled. Nothing was downloaded.');
    await expect(exporter.progress).toHaveCount(0);
    expect(exports.requested()).toBe(2);
    expect(downloads).toEqual([]);
    await exporter.bulkClose.click();
    await expect(exporter.bulkDialog).toBeHidden();

    // The app goes on: a brief is edited and saved, and Export briefs starts afresh.
    await briefdesk.openBrief(BRIEFS[0].headline);
    await briefdesk.headline.fill(`${BRIEFS[0].headline} again`);
    await briefdesk.expectSaved();
    await exporter.openBulkExport();
    await expect(exporter.bulkStart).toHaveAccessibleName('Export 4 briefs');
  });
});
