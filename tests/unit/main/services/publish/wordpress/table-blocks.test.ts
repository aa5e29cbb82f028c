import { describe, expect, it } from 'vitest';
import { renderPostContent } from '../../../../../../main/services/publish/wordpress/post-content';
import type { BodyDoc, PmNodeJson } from '../../../../../../shared/model/brief';

const paragraph = (text: string, marks?: PmNodeJson['marks']): PmNodeJson => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks ? { marks } : {}) }],
});
const cell = (type: 'tableHeader' | 'tableCell', ...content: PmNodeJson[]): PmNodeJson => ({ type, content });
const row = (...cells: PmNodeJson[]): PmNodeJson => ({ type: 'tableRow', content: cells });

const BODY: BodyDoc = {
  type: 'doc',
  content: [
    {
      type: 'table',
      content: [
        row(cell('tableHeader', paragraph('Country')), cell('tableHeader', paragraph('Share'))),
        row(cell('tableCell', paragraph('Norrland')), cell('tableCell', paragraph('40 %', [{ type: 'bold' }]))),
      ],
    },
    paragraph('Between the tables.'),
    {
      type: 'table',
      content: [
        row(cell('tableHeader', paragraph('Season')), cell('tableHeader', paragraph('Conditions'))),
        row(cell('tableCell', paragraph('Summer')), cell('tableCell', paragraph('No draws.'), paragraph('Stocks rotate.'))),
      ],
    },
  ],
};

describe('tables in a WordPress post', () => {
  it('are Table blocks where the block can hold them, cells as inline text; plain HTML where a cell holds more', async () => {
    const { content } = await renderPostContent('brief-1', BODY, () => null);
    expect(content).toBe(
      '<!-- briefdesk:brief=brief-1 -->\n' +
        '<!-- wp:table {"hasFixedLayout":false} --><figure class="wp-block-table"><table>' +
        '<thead><tr><th scope="col">Country</th><th scope="col">Share</th></tr></thead>' +
        '<tbody><tr><td>Norrland</td><td><strong>40 %</strong></td></tr></tbody>' +
        '</table></figure><!-- /wp:table -->' +
        '<p dir="auto">Between the tables.</p>' +
        '<table><thead><tr><th scope="col" dir="auto"><p>Season</p></th><th scope="col" dir="auto"><p>Conditions</p></th></tr></thead>' +
        '<tbody><tr><td dir="auto"><p>Summer</p></td><td dir="auto"><p>No draws.</p><p>Stocks rotate.</p></td></tr></tbody></table>',
    );
  });
});
