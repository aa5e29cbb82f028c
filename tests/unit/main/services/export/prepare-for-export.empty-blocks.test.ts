import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishToFolder } from '../../../../../main/services/publish/static-site';
import { exportBriefFile } from '../../../../../main/services/export/export-brief-file';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { contentWithBody, desk, para, takeaways } from '../../../support/body-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

async function mainFile(store: LibraryStore, id: string, format: 'html' | 'md' | 'json'): Promise<string> {
  return (await exportBriefFile(store, { id, format })).files[0]?.content ?? '';
}

describe('export of a brief whose template blocks were never filled in', () => {
  it('leaves the empty Editor’s Desk and Key Takeaways out of HTML and Markdown, and keeps them in the lossless JSON', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await store.createFrom(
      contentWithBody('Grain corridor reopens', takeaways('', '', ''), desk({ title: 'Strategic Analysis' }, para()), para('The body.')),
    );
    const html = await mainFile(store, brief.id, 'html');
    expect(html).toContain('The body.');
    expect(html).not.toContain('Strategic Analysis');
    expect(html).not.toMatch(/class="[^"]*(key-takeaways|editors-desk)/);
    const markdown = await mainFile(store, brief.id, 'md');
    expect(markdown).not.toContain('Strategic Analysis');
    expect(markdown).not.toContain(':::');
    const json = await mainFile(store, brief.id, 'json');
    expect(json).toContain('Strategic Analysis');
    expect(json).toContain('keyTakeaways');
  });

  it('keeps a desk or takeaways block that says something', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await store.createFrom(
      contentWithBody(
        'Grain corridor reopens',
        takeaways('Ships move again.', '', ''),
        desk({ title: 'What it means' }, para('Prices fall.')),
      ),
    );
    const html = await mainFile(store, brief.id, 'html');
    expect(html).toContain('Ships move again.');
    expect(html).toContain('What it means');
    expect(html).toContain('Prices fall.');
  });
});

describe('the “Exported from” line', () => {
  it('ends an exported page unless the setting turns it off; a page published to a folder never has it', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await store.createFrom(contentWithBody('Grain corridor reopens', para('The body.')));
    const withLine = (await exportBriefFile(store, { id: brief.id, format: 'html' })).files[0]?.content ?? '';
    expect(withLine).toContain('<footer class="colophon">');
    expect(withLine).toContain('Exported from Briefdesk');
    const without = (await exportBriefFile(store, { id: brief.id, format: 'html', colophon: false })).files[0]?.content ?? '';
    expect(without).toContain('The body.');
    expect(without).not.toContain('Exported from');
    expect(without).not.toContain('class="colophon"');

    const site = await fixture.tempDir();
    await publishToFolder(store, brief.id, site);
    const pages = (await readdir(site, { recursive: true })).filter((name) => name.endsWith('.html') && !name.startsWith('index'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(await readFile(join(site, page), 'utf8')).not.toContain('Exported from');
  });
});
