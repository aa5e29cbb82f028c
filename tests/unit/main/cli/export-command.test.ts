import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { briefdesk } from './cli-runner';
import { hostileMarkupIn } from '../../support/hostile-markup';
import { pdfFacts } from '../pdf-facts';
import { parseExportArgs, UsageError } from '../../../../main/cli/export-command';
import type { LibraryStore } from '../../../../main/services/library/library-store';
import { createFixtureLibrary } from '../../../fixtures/briefs/fixture-library';

describe('briefdesk export', () => {
  let work: string;
  let dataDir: string;
  let store: LibraryStore;
  let ids: Record<string, string>;
  const id = (name: string): string => ids[name] ?? '';

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-cli-export-'));
    dataDir = path.join(work, 'library');
    // The library stays open (locked) for the whole suite, as when the app is running.
    ({ store, ids } = await createFixtureLibrary(dataDir));
  });

  afterAll(async () => {
    await store.close();
    await rm(work, { recursive: true, force: true });
  });

  it('writes one standalone page per id into a new folder and says so, while the app has the library open', async () => {
    const out = path.join(work, 'out-html', 'nested');
    const result = await briefdesk('export', id('full'), id('rtl-arabic'), '--format', 'html', '--out', out, '--data', dataDir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const fullFile = 'green-corridor-or-bottleneck-northern-ports-race-to-electrify-before-the-2028.html';
    const arabicFile = 'sdwd-almnbe-wmkhawf-almsb-mfawdat-tqasm-almyah-tdkhl-mrhlt-hasmt.html';
    expect(result.stdout).toBe(
      `Wrote ${path.join(out, fullFile)} (${id('full')})\nWrote ${path.join(out, arabicFile)} (${id('rtl-arabic')})\n` +
        `Wrote ${path.join(out, 'index.html')} (index of 2 briefs)\n`,
    );
    expect((await readdir(out)).sort()).toEqual([fullFile, 'index.html', arabicFile]);
    const html = await readFile(path.join(out, fullFile), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB" dir="ltr">/);
    expect(html).toContain('<meta name="generator" content="Briefdesk 0.1.0">');
    expect(html).toContain('src="data:image/jpeg;base64,');
  });

  it('exports --all as lossless JSON', async () => {
    const out = path.join(work, 'out-json');
    const result = await briefdesk('export', '--all', '--format', 'json', '--out', out, '--data', dataDir);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(Object.keys(ids).length);
    const files = await readdir(out);
    expect(files).toHaveLength(Object.keys(ids).length);
    const line = result.stdout.split('\n').find((entry) => entry.endsWith(`(${id('full')})`)) ?? '';
    const file = /^Wrote (.+) \(/.exec(line)?.[1] ?? '';
    const exported: unknown = JSON.parse(await readFile(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'briefdesk-brief', version: 1, brief: await store.get(id('full')) });
  });

  it('puts images in a folder beside the page with --images folder', async () => {
    const out = path.join(work, 'out-folder');
    const result = await briefdesk('export', id('full'), '--format', 'html', '--images', 'folder', '--out', out, '--data', dataDir);
    expect(result.code).toBe(0);
    const stem = 'green-corridor-or-bottleneck-northern-ports-race-to-electrify-before-the-2028';
    expect((await readdir(out)).sort()).toEqual([`${stem}-assets`, `${stem}.html`]);
    expect(await readdir(path.join(out, `${stem}-assets`))).toHaveLength(2);
    expect(await readFile(path.join(out, `${stem}.html`), 'utf8')).toContain(`src="${stem}-assets/`);
  });

  it('exports Markdown with front matter and its images beside it', async () => {
    const out = path.join(work, 'out-md');
    const result = await briefdesk('export', id('full'), '--format', 'md', '--out', out, '--data', dataDir);
    const stem = 'green-corridor-or-bottleneck-northern-ports-race-to-electrify-before-the-2028';
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: `Wrote ${path.join(out, `${stem}.md`)} (${id('full')})\n` });
    expect((await readdir(out)).sort()).toEqual([`${stem}-assets`, `${stem}.md`]);
    expect(await readdir(path.join(out, `${stem}-assets`))).toHaveLength(2);
    const markdown = await readFile(path.join(out, `${stem}.md`), 'utf8');
    expect(markdown).toMatch(/^---\nid: "[^"]+"\ntitle: "Green Corridor or Bottleneck: /);
    expect(markdown).toContain('\n## Key Takeaways\n\n1. ');
    expect(markdown).toContain(`](${stem}-assets/`);
  });

  it('fails with exit code 1 on an unknown id, writing nothing', async () => {
    const out = path.join(work, 'out-missing');
    const result = await briefdesk('export', id('full'), 'no-such-brief', '--format', 'html', '--out', out, '--data', dataDir);
    expect(result).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'briefdesk: No brief has an id starting with “no-such-brief” (`briefdesk list` shows the ids).\n',
    });
    expect(existsSync(out)).toBe(false);
  });

  it('writes an index page linking the pages of a multi-brief HTML export, never replacing one', async () => {
    const out = path.join(work, 'out-index');
    const first = await briefdesk('export', '--all', '--format', 'html', '--out', out, '--data', dataDir);
    expect(first.code).toBe(0);
    const pages = (await readdir(out)).filter((name) => name !== 'index.html');
    expect(pages).toHaveLength(Object.keys(ids).length);
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    const document = new JSDOM(html).window.document;
    const links = [...document.querySelectorAll('.index-list h2 a')];
    expect(links.map((a) => decodeURIComponent(a.getAttribute('href') ?? '')).sort()).toEqual(pages.sort());
    const full = await store.get(id('full'));
    const fullItem = links.find((a) => a.textContent === full.headline)?.closest('li');
    expect(fullItem?.querySelector('.standfirst')?.textContent).toBe(full.standfirst);
    expect(fullItem?.querySelector('.kicker')?.textContent).toBe(full.section);
    expect(hostileMarkupIn(document, html)).toEqual([]);
    expect(html).toContain('<meta name="generator" content="Briefdesk 0.1.0">');

    // A second export into the same folder keeps the first index and adds index-2.html.
    const second = await briefdesk('export', id('full'), id('unicode'), '--format', 'html', '--out', out, '--data', dataDir);
    expect(second.code).toBe(0);
    expect(second.stdout.trim().split('\n').at(-1)).toBe(`Wrote ${path.join(out, 'index-2.html')} (index of 2 briefs)`);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe(html);
    const again = new JSDOM(await readFile(path.join(out, 'index-2.html'), 'utf8')).window.document;
    const hrefs = [...again.querySelectorAll('.index-list h2 a')].map((a) => decodeURIComponent(a.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(2);
    for (const href of hrefs) expect(existsSync(path.join(out, href))).toBe(true);
    expect(hrefs.some((href) => href.endsWith('-2.html'))).toBe(true);

    // --no-footer: neither the pages nor their index page carry the "Exported from" line.
    const bare = path.join(work, 'out-no-footer');
    const plain = await briefdesk('export', id('full'), id('unicode'), '--format', 'html', '--no-footer', '--out', bare, '--data', dataDir);
    expect(plain.code).toBe(0);
    const written = await readdir(bare);
    expect(written).toHaveLength(3);
    for (const name of written) expect(await readFile(path.join(bare, name), 'utf8')).not.toMatch(/class="colophon"|Exported from/);
    expect(html).toMatch(/class="colophon"/);

    // One page alone gets no index.
    const single = path.join(work, 'out-single');
    expect((await briefdesk('export', id('full'), '--format', 'html', '--out', single, '--data', dataDir)).code).toBe(0);
    expect(await readdir(single)).toHaveLength(1);
  });

  it('prints PDFs with one Chromium for the run', { timeout: 120_000 }, async () => {
    const out = path.join(work, 'out-pdf');
    const result = await briefdesk('export', id('full'), id('unicode'), '--format', 'pdf', '--out', out, '--data', dataDir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const files = (await readdir(out)).sort();
    const stem = 'green-corridor-or-bottleneck-northern-ports-race-to-electrify-before-the-2028';
    expect(files).toEqual([`brief-${id('unicode').slice(0, 8).toLowerCase()}.pdf`, `${stem}.pdf`].sort());
    expect(result.stdout).toContain(`Wrote ${path.join(out, `${stem}.pdf`)} (${id('full')})\n`);
    for (const name of ['full', 'unicode']) {
      const file = name === 'full' ? `${stem}.pdf` : `brief-${id('unicode').slice(0, 8).toLowerCase()}.pdf`;
      const facts = pdfFacts(await readFile(path.join(out, file)));
      expect(facts).toMatchObject({ header: true, eof: true, title: (await store.get(id(name))).headline });
      expect(facts.pages).toBeGreaterThanOrEqual(1);
    }
  });

  it('fails with exit code 1 and says what to do when Chromium is missing, writing nothing', async () => {
    const out = path.join(work, 'out-no-chromium');
    vi.stubEnv('BRIEFDESK_CHROMIUM', '/nonexistent');
    try {
      const result = await briefdesk('export', id('full'), '--format', 'pdf', '--out', out, '--data', dataDir);
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expect(result.stderr).toBe(
        'briefdesk: PDF export needs Chromium, which was not found at /nonexistent (set by BRIEFDESK_CHROMIUM). ' +
          'Install it (for example `apt install chromium`) or set BRIEFDESK_CHROMIUM to its path.\n',
      );
      expect(existsSync(out)).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('fails with exit code 2 and the usage when called wrongly', async () => {
    const result = await briefdesk('export', 'abc', '--format', 'docx', '--out', 'x');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('briefdesk: unknown format "docx"; use html, md, pdf or json\n');
    expect(result.stderr).toContain('export (ID… | --all) --format html|md|pdf|json --out DIR');
  });
});

describe('parseExportArgs', () => {
  it('reads ids, format, folder, library and image mode', () => {
    expect(parseExportArgs(['a1', 'b2', '--format', 'html', '--out', 'out', '--images', 'folder', '--data', 'lib'], 'default')).toEqual({
      ids: ['a1', 'b2'],
      all: false,
      format: 'html',
      out: 'out',
      data: 'lib',
      images: 'folder',
      footer: true,
    });
    expect(parseExportArgs(['--all', '--format', 'json', '--out', 'out'], 'default')).toMatchObject({
      all: true,
      data: 'default',
      images: 'embed',
    });
    expect(parseExportArgs(['a1', '--format', 'pdf', '--out', 'out'], 'default')).toMatchObject({ format: 'pdf', images: 'embed' });
    expect(parseExportArgs(['a1', '--format', 'html', '--out', 'out', '--no-footer'], 'default')).toMatchObject({ footer: false });
  });

  it.each([
    [['--format', 'html', '--out', 'x'], 'export needs brief ids or --all'],
    [['abc', '--out', 'x'], 'export needs --format html|md|pdf|json'],
    [['abc', '--format', 'html'], 'export needs --out DIR'],
    [['abc', '--format', 'docx', '--out', 'x'], 'unknown format "docx"; use html, md, pdf or json'],
    [['abc', '--format', 'pdf', '--images', 'folder', '--out', 'x'], '--images applies to --format html only'],
    [['abc', '--format', 'md', '--images', 'folder', '--out', 'x'], '--images applies to --format html only'],
    [['abc', '--format', 'html', '--images', 'inline', '--out', 'x'], 'unknown --images "inline"; use embed or folder'],
    [['abc', '--format', 'json', '--images', 'folder', '--out', 'x'], '--images applies to --format html only'],
    [['--all', 'abc', '--format', 'html', '--out', 'x'], 'give brief ids or --all, not both'],
    [['abc', '--format', 'md', '--no-footer', '--out', 'x'], '--no-footer applies to --format html or pdf'],
  ])('rejects %j', (args, message) => {
    expect(() => parseExportArgs(args, 'default')).toThrow(new UsageError(message));
  });
});
