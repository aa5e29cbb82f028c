import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Brief } from '../../shared/model/brief';
import { test, expect } from './fixtures';
import type { BriefdeskPage } from './pages/briefdesk-page';
import { downloadBytes, ExportPage } from './pages/export-page';
import { BriefdeskApi } from './support/briefdesk-api';
import { openFromDisk, unzip, writeFiles } from './support/exported-files';
import { PNG_4X3, PNG_4X3_BASE64 } from './support/test-images';
import type { WebShell } from './web-shell';

const HEADLINE = 'Fishing quotas split the northern alliance';
const STEM = 'fishing-quotas-split-the-northern-alliance';
const STANDFIRST = 'Three coastal states want larger catches; the others want the stocks to recover first.';
const HERO_ALT = 'Trawlers moored in a grey harbour';

/** A brief with a standfirst, a hero image and a paragraph, made through the API and opened in the app. */
async function openBriefWithHero(api: BriefdeskApi, briefdesk: BriefdeskPage, shell: WebShell): Promise<Brief> {
  const image = await api.call('addImage', { fileName: 'harbour.png', dataBase64: PNG_4X3_BASE64 });
  const brief = await api.createBrief({
    headline: HEADLINE,
    standfirst: STANDFIRST,
    section: 'Fisheries',
    hero: { asset: image.id, alt: HERO_ALT, caption: 'The fleet stays in port during the talks.', credit: 'Desk photo' },
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The quota talks resume next month.' }] }] },
  });
  await briefdesk.open(shell);
  await briefdesk.openBrief(HEADLINE);
  return brief;
}

test.describe('Export of the open brief, in every format', () => {
  test('HTML page: one standalone file that opens from disk with no request', async ({ shell, briefdesk, page, request }) => {
    const exporter = new ExportPage(page);
    await openBriefWithHero(new BriefdeskApi(request, shell), briefdesk, shell);

    const file = await exporter.exportAs('HTML page');

    expect(file.fileName).toBe(`${STEM}.html`);
    const dir = test.info().outputPath('html');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, file.fileName), file.bytes);
    const opened = await openFromDisk(page.context(), path.join(dir, file.fileName));
    await expect(opened.page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
    const hero = opened.page.getByRole('img', { name: HERO_ALT });
    await expect(hero).toHaveAttribute('src', /^data:image\/png;base64,/);
    await expect.poll(() => hero.evaluate((image) => (image instanceof HTMLImageElement ? image.naturalWidth : 0))).toBe(4);
    expect(opened.outsideRequests()).toEqual([]);
  });

  test('HTML with images in a folder: a zip of the page and <stem>-assets/, the page showing them from there', async ({
    shell,
    briefdesk,
    page,
    request,
  }) => {
    const exporter = new ExportPage(page);
    await openBriefWithHero(new BriefdeskApi(request, shell), briefdesk, shell);

    await exporter.openExport();
    await expect(exporter.imagesInFolder).not.toBeChecked();
    await page.keyboard.press('Escape');
    await expect(exporter.dialog).toBeHidden();
    const file = await exporter.exportAs('HTML page', { imagesInFolder: true });

    expect(file.fileName).toBe(`${STEM}.zip`);
    const entries = unzip(file.bytes);
    const images = [...entries.keys()].filter((name) => name.startsWith(`${STEM}-assets/`));
    expect([...entries.keys()].sort()).toEqual([`${STEM}.html`, ...images].sort());
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/\.png$/);
    expect(entries.get(images[0] ?? '')).toEqual(PNG_4X3);

    const dir = test.info().outputPath('folder');
    await writeFiles(dir, entries);
    const opened = await openFromDisk(page.context(), path.join(dir, `${STEM}.html`));
    await expect(opened.page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
    const hero = opened.page.getByRole('img', { name: HERO_ALT });
    await expect(hero).toHaveAttribute('src', images[0] ?? '');
    await expect.poll(() => hero.evaluate((image) => (image instanceof HTMLImageElement ? image.naturalWidth : 0))).toBe(4);
    expect(opened.outsideRequests()).toEqual([]);
  });

  test('Markdown: a zip of the file with YAML front matter and its images folder', async ({ shell, briefdesk, page, request }) => {
    const exporter = new ExportPage(page);
    await openBriefWithHero(new BriefdeskApi(request, shell), briefdesk, shell);

    await exporter.openExport();
    await exporter.format('Markdown').check();
    await expect(exporter.imagesInFolder).toHaveCount(0);
    await page.keyboard.press('Escape');
    const file = await exporter.exportAs('Markdown');

    expect(file.fileName).toBe(`${STEM}.zip`);
    const entries = unzip(file.bytes);
    const markdown = entries.get(`${STEM}.md`)?.toString('utf8') ?? '';
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
    expect(frontMatter, 'the file starts with YAML front matter').not.toBeNull();
    const fields: unknown = parseYaml(frontMatter?.[1] ?? '');
    expect(fields).toMatchObject({ title: HEADLINE, standfirst: STANDFIRST, section: 'Fisheries', hero: { alt: HERO_ALT } });
    const heroFile = z.object({ hero: z.object({ file: z.string() }) }).parse(fields).hero.file;
    expect(heroFile).toMatch(new RegExp(`^${STEM}-assets/[0-9a-f]{64}\\.png$`));
    expect(entries.get(heroFile)).toEqual(PNG_4X3);
    expect(markdown).toContain('The quota talks resume next month.');
  });

  test('PDF: "Printing PDF…" while Chromium prints, then a PDF named after the brief', async ({ shell, briefdesk, page, request }) => {
    const exporter = new ExportPage(page);
    await openBriefWithHero(new BriefdeskApi(request, shell), briefdesk, shell);
    // Hold the export request until the busy state has been seen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/exportBrief', async (route) => {
      await held;
      await route.continue();
    });

    await exporter.openExport();
    await exporter.format('PDF').check();
    const downloading = page.waitForEvent('download');
    await exporter.submit.click();
    await expect(exporter.status).toHaveText('Printing PDF…');
    await expect(exporter.dialog.getByRole('button', { name: 'Printing PDF…' })).toBeDisabled();
    release();
    const download = await downloading;

    expect(download.suggestedFilename()).toBe(`${STEM}.pdf`);
    const bytes = await downloadBytes(download);
    expect(bytes.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(exporter.dialog).toBeHidden();
  });

  test('JSON: the lossless file parses and names the brief', async ({ shell, briefdesk, page, request }) => {
    const exporter = new ExportPage(page);
    const brief = await openBriefWithHero(new BriefdeskApi(request, shell), briefdesk, shell);

    const file = await exporter.exportAs('JSON (lossless)');

    expect(file.fileName).toBe(`${STEM}.json`);
    const exported: unknown = JSON.parse(file.bytes.toString('utf8'));
    expect(exported).toMatchObject({ format: 'briefdesk-brief', brief: { id: brief.id, headline: HEADLINE, standfirst: STANDFIRST } });
  });
});

test.describe('Export where PDF cannot be printed', () => {
  test('the server’s message is shown and the dialog stays for another format', async ({ launchShell, briefdesk, page, request }) => {
    const previous = process.env.BRIEFDESK_CHROMIUM;
    process.env.BRIEFDESK_CHROMIUM = path.join(test.info().outputPath(), 'no-chromium-here');
    let shell: WebShell;
    try {
      shell = await launchShell();
    } finally {
      if (previous === undefined) delete process.env.BRIEFDESK_CHROMIUM;
      else process.env.BRIEFDESK_CHROMIUM = previous;
    }
    const exporter = new ExportPage(page);
    await openBriefWithHero(new BriefdeskApi(request, shell), briefdesk, shell);

    await exporter.openExport();
    await exporter.format('PDF').check();
    await exporter.submit.click();
    await expect(exporter.error).toContainText('Couldn’t export the brief — PDF export needs Chromium, which was not found at');
    await expect(exporter.error).toContainText('BRIEFDESK_CHROMIUM');

    await exporter.format('JSON (lossless)').check();
    const downloading = page.waitForEvent('download');
    await exporter.submit.click();
    expect((await downloading).suggestedFilename()).toBe(`${STEM}.json`);
  });
});
