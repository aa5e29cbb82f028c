import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { type FileToImport, ImportPage, textFile } from './pages/import-page';
import { BriefdeskApi } from './support/briefdesk-api';
import { startsWith } from './support/starts-with';
import { provoke, watchForPayloads } from './support/payload-watch';

/** Every importFile request the page sends, by file name. */
function recordImportRequests(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/importFile')) return;
    const body: unknown = request.postDataJSON();
    if (typeof body === 'object' && body !== null && 'fileName' in body && typeof body.fileName === 'string') names.push(body.fileName);
  });
  return names;
}

const EMPTY = textFile('empty-notes.txt', '');

/** A brief copied as plain text from a news page, in the shape analysts paste (tests/fixtures/import). */
const SEED_SHAPED = path.resolve(import.meta.dirname, '../fixtures/import/seed-shaped-brief.txt');
const VELMARA = 'Shared River, Split Ledger: Velmara Basin Talks Turn on Drought-Year Releases';
const VELMARA_TAKEAWAYS = [
  'The upstream state wants flexible reservoir rules; the two downstream states want fixed minimum flows written into the treaty.',
  'A joint hydrology office would publish daily gauge readings, the first shared data stream in the basin’s history.',
  'Drought-year rationing is the sticking point: the draft sets a trigger level but leaves the order of cuts to a later protocol.',
  'Irrigation unions downstream have warned that a second failed planting season would push thousands of smallholders off the land.',
  'A development bank has offered to fund canal lining — but only once a signed accord makes the savings verifiable.',
];

const LIGHTHOUSE = 'Lighthouse Keepers Return to the Northern Isles';
const LIGHTHOUSE_MD = textFile(
  'lighthouse-keepers.md',
  [
    '---',
    `title: "${LIGHTHOUSE}"`,
    'standfirst: "A pilot scheme puts people back in three automated lights to watch the shipping lanes and the weather."',
    'tags: ["maritime", "coastguard"]',
    '---',
    '',
    '## Key Takeaways',
    '',
    '1. Three lights are staffed again from this month.',
    '2. Keepers report weather every three hours.',
    '3. The scheme is reviewed after one winter.',
    '',
    'The first keepers arrived by supply boat on a calm morning.',
    '',
  ].join('\n'),
  'text/markdown',
);

/** Bytes that are not UTF-8 (a lone continuation byte, an overlong form, 0xFF). */
const NOT_UTF8: FileToImport = {
  name: 'exported-from-old-tool.txt',
  bytes: Buffer.from([0x48, 0x61, 0x72, 0x62, 0x6f, 0x75, 0x72, 0x20, 0xff, 0xfe, 0x80, 0xc0, 0xaf]),
};
/** A PNG's opening bytes, with NULs, under a Markdown name. */
const BINARY: FileToImport = {
  name: 'photo-renamed.md',
  bytes: Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00,
  ]),
};

const PILOTS = 'Harbour Pilots Strike Ends After Night Talks';
const HOSTILE_HTML = textFile(
  'hostile-page.html',
  `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${PILOTS}</title>
<style>body { background: expression(window.__pwned = 'css-expression'); }</style>
<script>window.__pwned = 'head-script'</script>
</head><body onload="window.__pwned = 'body-onload'">
<h1>${PILOTS}</h1>
<p>Pilots return to work at dawn after agreeing a new night rota.<img src="x" onerror="window.__pwned = 'img-onerror'"></p>
<p>Read <a href="javascript:window.__pwned = 'js-link'">the rota</a>, <a href="vbscript:msgbox(1)">the old notice</a> and <a href="data:text/html,<script>parent.__pwned = 'data-link'</script>">the appendix</a>.</p>
<svg onload="window.__pwned = 'svg-onload'"><circle r="4"></circle><script>window.__pwned = 'svg-script'</script></svg>
<math><mtext><a href="javascript:alert('math-link')">formula</a></mtext><maction actiontype="statusline" xlink:href="javascript:alert('maction')">x</maction></math>
<iframe srcdoc="<script>parent.__pwned = 'iframe-srcdoc'</script>"></iframe>
<p style="width: expression(alert('style-expression'))">Tugs stand by in the outer harbour until the first ships move.</p>
<details open ontoggle="window.__pwned = 'details-toggle'"><summary>Rota</summary>Two crews a night.</details>
<form action="javascript:alert('form')"><button formaction="javascript:alert('button')">Go</button></form>
<object data="javascript:alert('object')"></object><embed src="javascript:alert('embed')">
</body></html>`,
  'text/html',
);

const FERRY = 'Ferry Timetable Moves to the Early Tide';
const HOSTILE_MD = textFile(
  'hostile-notes.md',
  [
    '---',
    `title: "${FERRY}"`,
    'standfirst: "Crossings leave an hour earlier from Monday <img src=x onerror=alert(\'front-matter\')>"',
    '---',
    '',
    'Islanders were told of the change at a meeting in the school hall.',
    '',
    "<script>window.__pwned = 'md-script'</script>",
    '',
    '<img src="x" onerror="window.__pwned = \'md-img\'">',
    '',
    "[The timetable](javascript:window.__pwned='md-link') and [the old one](vbscript:msgbox(1)) and [a copy](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==).",
    '',
    '<svg onload="window.__pwned = \'md-svg\'"></svg>',
    '',
    '<iframe srcdoc="<script>parent.__pwned = \'md-iframe\'</script>"></iframe>',
    '',
    '<math><maction actiontype="statusline" href="javascript:alert(\'md-math\')">x</maction></math>',
    '',
    '<div style="background: url(javascript:alert(\'md-style\'))">Freight keeps its evening slot.</div>',
    '',
    "![chart](javascript:alert('md-image'))",
    '',
  ].join('\n'),
  'text/markdown',
);

const CUSTOMS = 'Customs Queue at the Border Post Grows Longer';
const HOSTILE_TXT = textFile(
  'hostile-memo.txt',
  [
    CUSTOMS,
    '',
    "Lorries waited overnight as checks slowed. <script>window.__pwned = 'txt-script'</script>",
    '',
    'Key Takeaways',
    "1. Queues doubled overnight <img src=x onerror=alert('txt-img')>.",
    '2. Drivers were sent to a second lane <a href="javascript:alert(\'txt-link\')">here</a>.',
    '3. A new scanner arrives next week.',
    '',
    'Officials said the backlog should clear by the weekend.',
    '',
    '<svg onload="window.__pwned = \'txt-svg\'"></svg> <iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    '',
  ].join('\n'),
);

test.describe('Import', () => {
  test('files dragged over the library light it up with "Drop files to import"; other drags do not', async ({ shell, briefdesk, page }) => {
    const importer = new ImportPage(page);
    await briefdesk.open(shell);
    await briefdesk.createBrief('Harbour dues rise again');

    await importer.dragOver({ text: 'a sentence dragged from the editor' });
    await expect(importer.dropHint).toBeHidden();

    const files = [textFile('notes.md', '# Notes')];
    await importer.dragOver({ files });
    await expect(importer.dropHint).toBeVisible();
    await importer.dragLeave(files);
    await expect(importer.dropHint).toBeHidden();
    // Nothing was imported by dragging alone.
    await expect(importer.progress).toBeHidden();
    await expect(importer.results).toBeHidden();
  });

  test('Control+O opens the file picker; the results close with Escape and focus goes back where it was', async ({
    shell,
    briefdesk,
    page,
  }) => {
    const importer = new ImportPage(page);
    await briefdesk.open(shell);
    await briefdesk.createBrief('Harbour dues rise again');
    await expect(importer.importButton).toHaveAttribute('aria-keyshortcuts', 'Control+O');

    await importer.importButton.focus();
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Control+O');
    const picker = await chooser;
    expect(picker.isMultiple()).toBe(true);
    await picker.setFiles([{ name: EMPTY.name, mimeType: 'text/plain', buffer: EMPTY.bytes }]);

    await importer.expectResults();
    await expect(importer.resultRow(EMPTY.name)).toBeVisible();
    await expect(importer.closeResultsButton).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(importer.results).toBeHidden();
    await expect(importer.importButton).toBeFocused();
    // The open brief was left as it was.
    await expect(briefdesk.headline).toHaveValue('Harbour dues rise again');

    // From the headline: the imported brief replaces the open one, so focus lands on its row in the library.
    await briefdesk.headline.focus();
    const secondChooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Control+O');
    await (await secondChooser).setFiles([{ name: LIGHTHOUSE_MD.name, mimeType: 'text/markdown', buffer: LIGHTHOUSE_MD.bytes }]);
    await importer.expectResults();
    await expect(importer.closeResultsButton).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(importer.results).toBeHidden();
    await expect(briefdesk.headline).toHaveValue(LIGHTHOUSE);
    await expect(briefdesk.briefItem(LIGHTHOUSE).getByRole('button')).toBeFocused();
  });

  test('a file over 100 MB is refused in the app, before it is read or sent; the file beside it still imports', async ({
    shell,
    briefdesk,
    page,
  }) => {
    const importer = new ImportPage(page);
    const sent = recordImportRequests(page);
    await briefdesk.open(shell);

    await importer.dropHugeFileWith('scanned-archive.docx', 101, [LIGHTHOUSE_MD]);

    await importer.expectResults();
    await expect(importer.resultRow('scanned-archive.docx')).toContainText(
      '“scanned-archive.docx” is 101 MB; files to import can be at most 100 MB.',
    );
    await expect(importer.openButton(LIGHTHOUSE_MD.name)).toBeVisible();
    expect(sent).toEqual([LIGHTHOUSE_MD.name]);
  });

  test('Cancel stops before the next file; the files not started are listed as not imported', async ({ shell, briefdesk, page }) => {
    const importer = new ImportPage(page);
    const sent = recordImportRequests(page);
    await briefdesk.open(shell);
    // Hold the first file's import until Cancel has been pressed, so the moment is certain.
    let releaseFirst: () => void = () => undefined;
    const cancelled = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    await page.route('**/api/importFile', async (route) => {
      await cancelled;
      await route.continue();
    });
    const files: FileToImport[] = ['one.md', 'two.md', 'three.md'].map((name) =>
      textFile(name, `---\ntitle: "File ${name}"\n---\n\nA line.\n`),
    );

    await importer.dropFiles(files);
    await expect(importer.progress).toBeVisible();
    await expect(importer.progress).toContainText('Importing 1 of 3…');
    await expect(importer.progressBar).toHaveAttribute('max', '3');
    await expect(importer.progressBar).toHaveAttribute('value', '0');
    await importer.cancelButton.click();
    await expect(importer.progress).toContainText('Stopping after file 1 of 3…');
    releaseFirst();

    await importer.expectResults();
    expect(sent).toEqual(['one.md']);
    await expect(importer.results).toContainText('Imported 1 of 3 files. The import was cancelled before 2 files.');
    await expect(importer.openButton('one.md')).toBeVisible();
    for (const name of ['two.md', 'three.md']) {
      await expect(importer.resultRow(name)).toContainText('Not imported: the import was cancelled before this file.');
    }
    await importer.closeResults();
    await expect(briefdesk.briefItem('File one.md')).toBeVisible();
    await expect(briefdesk.briefItems).toHaveCount(1);
  });

  test('Import a brief-shaped text file: the results say what was recognised, and the brief opens with its blocks', async ({
    shell,
    briefdesk,
    page,
  }) => {
    const importer = new ImportPage(page);
    await briefdesk.open(shell);
    await briefdesk.createBrief('Harbour dues rise again');
    const file: FileToImport = { name: 'velmara-talks.txt', bytes: await readFile(SEED_SHAPED), mimeType: 'text/plain' };

    await importer.chooseFiles([file]);

    await test.step('the results list what was recognised', async () => {
      await importer.expectResults();
      await expect(importer.results).toContainText('Imported 1 file.');
      const row = importer.resultRow(file.name);
      await expect(row).toContainText(VELMARA);
      await expect(row).toContainText('Plain text');
      await expect(importer.recognised(file.name)).toContainText(['Headline', 'Standfirst']);
      await expect(importer.recognised(file.name)).toContainText([/^Key Takeaways \(5 points\)$/]);
      await expect(importer.recognised(file.name)).toContainText([
        /^Editor’s Desk “Strategic Analysis”|^Editor's Desk “Strategic Analysis”/,
      ]);
      await expect(importer.openButton(file.name)).toHaveAccessibleName(`Open “${VELMARA}”`);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const audit = await new AxeBuilder({ page }).include('dialog').analyze();
        expect(audit.violations.map((violation) => `${colorScheme}: ${violation.id} — ${violation.help}`)).toEqual([]);
      }
    });

    await test.step('Escape closes the results; focus is back on Import', async () => {
      await page.keyboard.press('Escape');
      await expect(importer.results).toBeHidden();
      await expect(importer.importButton).toBeFocused();
    });

    await test.step('the new brief is open: headline, numbered Key Takeaways, the Editor’s Desk with its title and sign-off', async () => {
      await expect(briefdesk.headline).toHaveValue(VELMARA);
      await expect(briefdesk.standfirst).toHaveValue(startsWith('Negotiators from the three Velmara basin states reconvene in Lortsa'));
      await expect(briefdesk.takeawaysBlocks).toHaveCount(1);
      await briefdesk.expectTakeaways(briefdesk.takeawaysBlocks.first(), VELMARA_TAKEAWAYS);
      await expect(briefdesk.deskBlocks).toHaveCount(1);
      const desk = briefdesk.deskBlocks.first();
      await briefdesk.expectDesk(desk, {
        title: 'Strategic Analysis',
        deskName: 'Velmara Basin Desk',
        series: 'Strategic Insight',
        publication: 'The Watershed Review',
      });
      await expect(desk).toContainText('The Velmara talks are less about how much water the basin holds');
      await expect(briefdesk.body).toContainText('Mediators hope to initial a text before the rainy season ends.');
      await expect(briefdesk.briefItem(VELMARA)).toBeVisible();
      await expect(briefdesk.briefItems).toHaveCount(2);
    });
  });

  test('several files dropped on the library: the good one is imported, each bad one says what is wrong with it', async ({
    shell,
    briefdesk,
    page,
  }) => {
    const importer = new ImportPage(page);
    await briefdesk.open(shell);
    await briefdesk.createBrief('Harbour dues rise again');

    await importer.dropFiles([EMPTY, LIGHTHOUSE_MD, NOT_UTF8, BINARY]);

    await importer.expectResults();
    await expect(importer.results).toContainText('Imported 1 of 4 files. 3 could not be imported.');
    await expect(importer.resultRow(LIGHTHOUSE_MD.name)).toContainText(LIGHTHOUSE);
    await expect(importer.resultRow(LIGHTHOUSE_MD.name)).toContainText('Markdown');
    await expect(importer.recognised(LIGHTHOUSE_MD.name)).toContainText(['Headline', 'Standfirst']);
    await expect(importer.recognised(LIGHTHOUSE_MD.name)).toContainText([/^Key Takeaways \(3 points\)$/]);
    await expect(importer.resultRow(EMPTY.name)).toContainText(/empty/i);
    await expect(importer.resultRow(NOT_UTF8.name)).toContainText(/UTF-8/);
    await expect(importer.resultRow(BINARY.name)).toContainText(/binary|not text/i);
    for (const bad of [EMPTY, NOT_UTF8, BINARY]) await expect(importer.openButton(bad.name)).toHaveCount(0);

    // The one new brief was opened behind the results, and is listed.
    await importer.closeResults();
    await expect(briefdesk.headline).toHaveValue(LIGHTHOUSE);
    await expect(briefdesk.briefItem(LIGHTHOUSE)).toBeVisible();
    await expect(briefdesk.briefItems).toHaveCount(2);
    await briefdesk.reload();
    await expect(briefdesk.briefItem(LIGHTHOUSE)).toBeVisible();
    await expect(briefdesk.briefItems).toHaveCount(2);
  });

  test('hostile HTML, Markdown and text: nothing runs in the app, nor in the exported pages', async ({
    shell,
    briefdesk,
    page,
    request,
  }) => {
    const importer = new ImportPage(page);
    const app = await watchForPayloads(page);
    await briefdesk.open(shell);

    await importer.chooseFiles([HOSTILE_HTML, HOSTILE_MD, HOSTILE_TXT]);
    await importer.expectResults();
    await expect(importer.results).toContainText('Imported all 3 files.');

    const expected = [
      { file: HOSTILE_HTML.name, headline: PILOTS, text: 'Tugs stand by in the outer harbour until the first ships move.' },
      { file: HOSTILE_MD.name, headline: FERRY, text: 'Islanders were told of the change at a meeting in the school hall.' },
      { file: HOSTILE_TXT.name, headline: CUSTOMS, text: 'Officials said the backlog should clear by the weekend.' },
    ];
    for (const [index, brief] of expected.entries()) {
      await test.step(`${brief.file}: the brief opens with its text and nothing in it runs`, async () => {
        if (index === 0) {
          // "Open" in the results; the others from the library once the results are closed.
          await importer.openButton(brief.file).click();
          await expect(importer.results).toBeHidden();
        } else {
          await briefdesk.openBrief(brief.headline);
        }
        await expect(briefdesk.headline).toHaveValue(brief.headline);
        await expect(briefdesk.body).toContainText(brief.text);
        await provoke(page, briefdesk.body);
        for (const link of await briefdesk.body.getByRole('link').all()) {
          expect(await link.getAttribute('href')).toMatch(/^(https?:|mailto:)/);
        }
      });
    }
    expect(await app.pwned()).toBeUndefined();
    expect(app.dialogs).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(await app.cspViolations()).toEqual([]);

    await test.step('each exported page, opened from disk, runs nothing either', async () => {
      const api = new BriefdeskApi(request, shell);
      const { briefs } = await api.call('listBriefs', {});
      const folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-import-export-'));
      try {
        for (const brief of expected) {
          const summary = briefs.find((row) => row.headline === brief.headline);
          expect(summary, brief.headline).toBeDefined();
          const bundle = await api.call('exportBrief', { id: summary?.id ?? '', format: 'html' });
          const file = bundle.files[0];
          expect(file?.fileName).toMatch(/\.html$/);
          const pagePath = path.join(folder, path.basename(file?.fileName ?? 'page.html'));
          await writeFile(pagePath, file?.content ?? '');

          const exported = await page.context().newPage();
          const watched = await watchForPayloads(exported);
          const requests: string[] = [];
          exported.on('request', (sent) => requests.push(sent.url()));
          const url = pathToFileURL(pagePath).href;
          await exported.goto(url);
          await expect(exported.getByRole('heading', { level: 1 })).toHaveText(brief.headline);
          await expect(exported.locator('body')).toContainText(brief.text);
          await provoke(exported, exported.locator('body'));
          expect(await watched.pwned()).toBeUndefined();
          expect(watched.dialogs).toEqual([]);
          expect(watched.errors).toEqual([]);
          expect(await watched.cspViolations()).toEqual([]);
          expect(requests.filter((sent) => sent !== url && !sent.startsWith('data:'))).toEqual([]);
          // The only script left is the page's JSON-LD data.
          expect(await exported.locator('script').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('type')))).toEqual([
            'application/ld+json',
          ]);
          await exported.close();
        }
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    });
  });
});
