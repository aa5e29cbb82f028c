import { describe, expect, it } from 'vitest';
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
