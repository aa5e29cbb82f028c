// Takes the README's screenshots: starts the browser shell on a temporary
// library, adds the sample brief (docs/sample-brief.json + docs/sample-hero.png)
// through the API, opens it in Chromium and saves docs/screenshot.png (the
// header and hero) and docs/screenshot-blocks.png (Key Takeaways and the
// Editor's Desk). Usage: node scripts/screenshot.mjs [--dark] [--out-dir DIR]
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { ensureBuild, root } from './ensure-build.mjs';

const { values } = parseArgs({ options: { dark: { type: 'boolean' }, 'out-dir': { type: 'string' } } });
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
  const sample = JSON.parse(await readFile(path.join(root, 'docs/sample-brief.json'), 'utf8'));
  const hero = await readFile(path.join(root, 'docs/sample-hero.png'));
  const asset = await call('addImage', { fileName: 'sample-hero.png', dataBase64: hero.toString('base64') });
  const other = await call('createBrief', {});
  await call('saveBrief', {
    id: other.id,
    content: { ...sample, headline: 'Grain Corridor Extension: What a Sixty-Day Rollover Buys', section: 'Trade', status: 'draft', hero: null, body: { type: 'doc', content: [{ type: 'paragraph' }] } },
  });
  const brief = await call('createBrief', {});
  await call('saveBrief', { id: brief.id, content: { ...sample, hero: { ...sample.hero, asset: asset.id } } });

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
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
  await browser.close();
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  await rm(dataDir, { recursive: true, force: true });
}
