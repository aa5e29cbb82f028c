// Takes the README's screenshots: starts the browser shell on a temporary
// library, adds the sample brief (docs/sample-brief.json + docs/sample-hero.png)
// through the API, opens it in Chromium and saves docs/screenshot.png (the
// header and hero), docs/screenshot-blocks.png (Key Takeaways and the
// Editor's Desk) and docs/screenshot-half-screen.png (the same brief at half a
// laptop screen, 683 × 768), then imports the brief-shaped text fixture and saves
// docs/screenshot-export.png: that brief in the editor beside its exported page,
// docs/screenshot-notes.png: a brief with footnotes, a note open, its Sources,
// and docs/screenshot-find.png: find & replace over that brief.
// Usage: node scripts/screenshot.mjs [--dark] [--out-dir DIR] [--only notes]
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { ensureBuild, root } from './ensure-build.mjs';

const { values } = parseArgs({ options: { dark: { type: 'boolean' }, 'out-dir': { type: 'string' }, only: { type: 'string' } } });
/** The word the find screenshot looks for in the brief with notes, and its replacement. */
const FIND_WORD = 'request';
const REPLACE_WORD = 'application';
const outDir = path.resolve(values['out-dir'] ?? path.join(root, 'docs'));

ensureBuild();
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-shot-'));
const server = spawn(process.execPath, [path.join(root, 'dist/web/main.js'), '--data', dataDir, '--port', '0']);
const url = await new Promise((resolve, reject) => {
  createInterface({ input: server.stdout }).on('line', (line) => {
    const match = /(http:\/\/\S+)/.exec(line);
    if (match) resolve(match[1]);
  });
  server.once('exit', () => reject(new Error('The browser shell stopped before printing its URL.')));
});
const { origin, searchParams } = new URL(url);
const call = async (method, input) => {
  const response = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${searchParams.get('token')}` },
    body: JSON.stringify(input),
  });
  const result = await response.json();
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
};

try {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  if (values.only !== 'notes') {
    const sample = JSON.parse(await readFile(path.join(root, 'docs/sample-brief.json'), 'utf8'));
    const hero = await readFile(path.join(root, 'docs/sample-hero.png'));
    const asset = await call('addImage', { fileName: 'sample-hero.png', dataBase64: hero.toString('base64') });
    const other = await call('createBrief', {});
    await call('saveBrief', {
      id: other.id,
      content: {
        ...sample,
        headline: 'Grain Corridor Extension: What a Sixty-Day Rollover Buys',
        section: 'Trade',
        status: 'draft',
        hero: null,
        body: { type: 'doc', content: [{ type: 'paragraph' }] },
      },
    });
    const brief = await call('createBrief', {});
    await call('saveBrief', { id: brief.id, content: { ...sample, hero: { ...sample.hero, asset: asset.id } } });

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: values.dark ? 'dark' : 'light' });
    await page.goto(url);
    await page.getByRole('textbox', { name: 'Headline' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    const shots = [
      ['screenshot.png', null],
      ['screenshot-blocks.png', page.getByRole('region', { name: 'Key takeaways' })],
    ];
    for (const [name, target] of shots) {
      if (target) await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      const file = path.join(outDir, name);
      await page.screenshot({ path: file });
      process.stdout.write(`Saved ${path.relative(process.cwd(), file)}\n`);
    }
    // Half a laptop screen (683 × 768): the library folds into a drawer, the brief keeps a centred column.
    await page.setViewportSize({ width: 683, height: 768 });
    await page.getByRole('textbox', { name: 'Headline' }).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const halfFile = path.join(outDir, 'screenshot-half-screen.png');
    await page.screenshot({ path: halfFile });
    process.stdout.write(`Saved ${path.relative(process.cwd(), halfFile)}\n`);

    // The brief-shaped plain-text fixture, imported, in the editor beside its exported page.
    const text = await readFile(path.join(root, 'tests/fixtures/import/seed-shaped-brief.txt'));
    const imported = await call('importFile', { fileName: 'seed-shaped-brief.txt', dataBase64: text.toString('base64') });
    const exported = await call('exportBrief', { id: imported.id, format: 'html' });
    const side = await browser.newPage({ viewport: { width: 1320, height: 900 }, colorScheme: values.dark ? 'dark' : 'light' });
    await side.goto(url);
    // The newest brief opens first: the imported one.
    const headline = side.getByRole('textbox', { name: 'Headline' });
    await headline.waitFor();
    if ((await headline.inputValue()) !== imported.headline) throw new Error('The imported brief did not open first.');
    await side.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await side.evaluate(() => document.fonts.ready);
    // Show the recognised blocks: the Key Takeaways and the Editor's Desk.
    await side.getByRole('region', { name: 'Key takeaways' }).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const editorShot = await side.screenshot();
    const pageView = await browser.newPage({ viewport: { width: 700, height: 900 }, colorScheme: values.dark ? 'dark' : 'light' });
    await pageView.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await pageView.setContent(exported.files[0].content, { waitUntil: 'load' });
    const pageShot = await pageView.screenshot();
    const sheet = await browser.newPage({ viewport: { width: 1320 + 700 + 24, height: 900 + 24 } });
    const img = (png) => `<img alt="" src="data:image/png;base64,${png.toString('base64')}">`;
    await sheet.setContent(
      `<body style="margin:0;padding:12px;display:flex;gap:0;background:#d9dde3">${img(editorShot)}<div style="width:12px"></div>${img(pageShot)}</body>`,
      { waitUntil: 'load' },
    );
    const sideFile = path.join(outDir, 'screenshot-export.png');
    await sheet.screenshot({ path: sideFile });
    process.stdout.write(`Saved ${path.relative(process.cwd(), sideFile)}\n`);
  }

  // A brief with footnotes (the test fixture), note 3 open under its reference, the Sources in the outline.
  const notesFixture = JSON.parse(await readFile(path.join(root, 'tests/fixtures/briefs/notes.json'), 'utf8'));
  const notesBrief = await call('createBrief', {});
  await call('saveBrief', { id: notesBrief.id, content: notesFixture.brief });
  const notesPage = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: values.dark ? 'dark' : 'light' });
  await notesPage.goto(url);
  const notesHeadline = notesPage.getByRole('textbox', { name: 'Headline' });
  await notesHeadline.waitFor();
  if ((await notesHeadline.inputValue()) !== notesFixture.brief.headline) throw new Error('The brief with notes did not open first.');
  await notesPage.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await notesPage.evaluate(() => document.fonts.ready);
  await notesPage
    .getByRole('heading', { name: 'The queue' })
    .first()
    .evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await notesPage.locator('sup.footnote-ref-view').nth(2).click();
  await notesPage.getByRole('textbox', { name: 'Note 3' }).waitFor();
  const notesFile = path.join(outDir, 'screenshot-notes.png');
  await notesPage.screenshot({ path: notesFile });
  process.stdout.write(`Saved ${path.relative(process.cwd(), notesFile)}\n`);

  // Find & replace over the same brief: every match highlighted, the third one current.
  await notesPage.keyboard.press('Escape');
  await notesPage.getByRole('textbox', { name: 'Body', exact: true }).click();
  await notesPage.keyboard.press('Control+Home');
  await notesPage.keyboard.press('Control+H');
  const find = notesPage.getByRole('searchbox', { name: 'Find' });
  await find.fill(FIND_WORD);
  await notesPage.getByRole('textbox', { name: 'Replace with' }).fill(REPLACE_WORD);
  await find.focus();
  await notesPage.keyboard.press('Enter');
  await notesPage.keyboard.press('Enter');
  await notesPage.getByRole('status').filter({ hasText: / of / }).waitFor();
  const findFile = path.join(outDir, 'screenshot-find.png');
  await notesPage.screenshot({ path: findFile });
  process.stdout.write(`Saved ${path.relative(process.cwd(), findFile)}\n`);
  await browser.close();
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  await rm(dataDir, { recursive: true, force: true });
}
