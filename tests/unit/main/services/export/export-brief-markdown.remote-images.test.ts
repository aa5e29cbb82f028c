import { describe, expect, it } from 'vitest';
import { exportBriefMarkdown } from '../../../../../main/services/export/export-brief-markdown';
import { prepareForExport } from '../../../../../main/services/export/prepare-for-export';
import type { PmNodeJson } from '../../../../../shared/model/brief';
import { sampleContent, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

const image = (src: string): PmNodeJson => ({ type: 'image', attrs: { src, alt: 'A chart' } });
const paragraph = (...content: PmNodeJson[]): PmNodeJson => ({ type: 'paragraph', content });

describe('the Markdown export of images on the web', () => {
  it('leaves them out and says how many, so the analyst knows the file is not the whole brief', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const content = sampleContent('Charts from elsewhere');
    const body = {
      type: 'doc' as const,
      content: [
        paragraph({ type: 'text', text: 'Before the charts.' }),
        image('https://charts.example.org/one.png'),
        paragraph({ type: 'text', text: 'Between them.' }),
        image('https://charts.example.org/two.png'),
      ],
    };
    const brief = await store.createFrom({ ...content, body });
    const result = exportBriefMarkdown(await prepareForExport(store, brief.id));
    expect(result.warnings).toEqual(['2 image(s) not in the library are left out.']);
    expect(result.markdown).not.toContain('charts.example.org');
    expect(result.markdown).toContain('Before the charts.');
    expect(result.assets).toEqual([]);

    const plain = await store.createFrom(content);
    expect(exportBriefMarkdown(await prepareForExport(store, plain.id)).warnings).toEqual([]);
  });
});
