import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { exportBriefs } from '../../main/services/export/export-briefs';
import { importFile } from '../../main/services/import/import-file';
import { writeExportIndex } from '../../main/services/export/export-index-file';
import { createFixtureLibrary, FIXTURE_NAMES } from '../fixtures/briefs/fixture-library';

// Exported pages opened from disk, as an analyst's reader would: every fixture
// brief, plus the full one with its images in a folder beside it, plus a brief
// imported from plain text shaped like a published brief.

interface ExportedPage {
  name: string;
  file: string;
}

let workDir = '';
const exported: ExportedPage[] = [];
const SEED_SHAPED = path.resolve(import.meta.dirname, '../fixtures/import/seed-shaped-brief.txt');
const IMPORTED = 'seed-shaped brief (imported from text)';

test.beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-export-e2e-'));
  const { store, ids } = await createFixtureLibrary(path.join(workDir, 'library'));
  try {
    const embedded = await exportBriefs(store, Object.values(ids), { format: 'html', outDir: path.join(workDir, 'embed') });
    const folder = await exportBriefs(store, [ids.full ?? ''], { format: 'html', outDir: path.join(workDir, 'folder'), images: 'folder' });
    for (const [name, id] of Object.entries(ids)) {
      const page = embedded.find((entry) => entry.id === id);
      if (page) exported.push({ name, file: page.path });
    }
    if (folder[0]) exported.push({ name: 'full (images in a folder)', file: folder[0].path });
    const report = await importFile(store, await readFile(SEED_SHAPED), 'seed-shaped-brief.txt');
    const [imported] = await exportBriefs(store, [report.id], { format: 'html', outDir: path.join(workDir, 'imported') });
    if (imported) exported.push({ name: IMPORTED, file: imported.path });
    const index = await writeExportIndex(store, embedded, { outDir: path.join(workDir, 'embed'), generator: 'Briefdesk test' });
    exported.push({ name: 'index page', file: index.path });
  } finally {
    await store.close();
  }
});

test.afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Opens a page from disk, recording requests, dialogs and Content-Security-Policy violations. */
async function openExport(page: Page, file: string) {
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const url = pathToFileURL(file).href;
  await page.goto(url);
  const cspViolations = () => page.evaluate(() => Reflect.get(window, '__cspViolations'));
  const folder = pathToFileURL(path.dirname(file)).href;
  /** Requests for anything but the page itself, data: URLs and files beside it. */
  const outsideRequests = () =>
    requests.filter((request) => request !== url && !request.startsWith('data:') && !request.startsWith(`${folder}/`));
  return { requests, dialogs, cspViolations, outsideRequests };
}

for (const name of [...FIXTURE_NAMES, 'full (images in a folder)', IMPORTED]) {
  test(`exported "${name}" has no axe violations (light and dark) and makes no request`, async ({ page }) => {
    const entry = exported.find((item) => item.name === name);
    expect(entry, `${name} was exported`).toBeDefined();
    const opened = await openExport(page, entry?.file ?? '');
    await expect(page.locator('h1')).toBeVisible();
    // Every image loaded (embedded or from the folder beside the page).
    const broken = await page
      .locator('img')
      .evaluateAll(
        (images) => images.filter((image) => !(image instanceof HTMLImageElement) || !image.complete || image.naturalWidth === 0).length,
      );
    expect(broken).toBe(0);

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((violation) => `${colorScheme}: ${violation.id} — ${violation.help} (${violation.nodes.length})`),
      ).toEqual([]);
    }
    expect(opened.outsideRequests()).toEqual([]);
    expect(await opened.cspViolations()).toEqual([]);
  });
}

test('nothing in the hostile brief runs: no script, no handler, no dialog, no blocked attempt', async ({ page }) => {
  const entry = exported.find((item) => item.name === 'hostile');
  const opened = await openExport(page, entry?.file ?? '');
  await expect(page.locator('h1')).toContainText('Hostile brief');
  // Give every element the events an injected handler would wait for.
  await page.evaluate(() => {
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'animationstart', 'load', 'error']) {
        element.dispatchEvent(new Event(type));
      }
    }
  });
  for (const link of await page.locator('a').all()) await link.hover();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
  expect(opened.dialogs).toEqual([]);
  expect(await opened.cspViolations()).toEqual([]);
  expect(opened.outsideRequests()).toEqual([]);
  // The only script is the (inert) JSON-LD.
  expect(await page.locator('script').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('type')))).toEqual([
    'application/ld+json',
  ]);
});

test('the index page of an export has no axe violations (light and dark), makes no request and leads to each page', async ({ page }) => {
  const entry = exported.find((item) => item.name === 'index page');
  const opened = await openExport(page, entry?.file ?? '');
  await expect(page.getByRole('heading', { level: 1, name: 'Briefs' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((violation) => `${colorScheme}: ${violation.id} — ${violation.help} (${violation.nodes.length})`),
    ).toEqual([]);
  }
  expect(opened.outsideRequests()).toEqual([]);
  expect(await opened.cspViolations()).toEqual([]);
  const links = page.getByRole('listitem').getByRole('link');
  await expect(links).toHaveCount(FIXTURE_NAMES.length);
  const headline = 'Green Corridor or Bottleneck: Northern Ports Race to Electrify Before the 2028 Deadline';
  await page.getByRole('link', { name: headline }).click();
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
});
