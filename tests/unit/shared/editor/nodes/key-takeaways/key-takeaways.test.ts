// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { KeyTakeaways, Takeaway } from '../../../../../../shared/editor/nodes/key-takeaways';
import type { BodyDoc, PmNodeJson } from '../../../../../../shared/model/brief';
import { bodyLines } from '../../../../../../shared/revisions/body-lines';
import { expectHtmlRoundTrip, expectMarkdownRoundTrip, nodeTestExtensions } from '../node-round-trip';

const extensions = nodeTestExtensions([KeyTakeaways, Takeaway]);

const text = (value: string, marks?: PmNodeJson['marks']): PmNodeJson =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const link = {
  type: 'link',
  attrs: { href: 'https://example.org/corridor', target: null, rel: 'noopener noreferrer', class: null, title: null },
};

/** A block of three items with the marks an item allows, a hard break, and text Markdown would read as syntax. */
const body: BodyDoc = {
  type: 'doc',
  content: [
    {
      type: 'keyTakeaways',
      content: [
        { type: 'takeaway', content: [text('Three ports signed '), text('a shared corridor', [{ type: 'bold' }]), text(' for 2028.')] },
        { type: 'takeaway', content: [text('Grid links take '), text('four to six years', [{ type: 'italic' }]), text('.')] },
        {
          type: 'takeaway',
          content: [text('See '), text('the memorandum', [link]), { type: 'hardBreak' }, text('10. <not> a list & no *markup*.')],
        },
      ],
    },
    { type: 'paragraph', content: [text('The reported text starts here.')] },
  ],
};

describe('Key Takeaways node', () => {
  it('round-trips JSON → HTML → JSON in a headless editor', () => {
    expectHtmlRoundTrip(
      extensions,
      body,
      '<section class="key-takeaways" data-type="key-takeaways" aria-label="Key takeaways">' +
        '<h2 class="key-takeaways-title">Key Takeaways</h2><ol class="key-takeaways-list">' +
        '<li data-type="takeaway">Three ports signed <strong>a shared corridor</strong> for 2028.</li>' +
        '<li data-type="takeaway">Grid links take <em>four to six years</em>.</li>' +
        '<li data-type="takeaway">See <a rel="noopener noreferrer" href="https://example.org/corridor">the memorandum</a>' +
        '<br>10. &lt;not&gt; a list &amp; no *markup*.</li></ol></section><p>The reported text starts here.</p>',
    );
  });

  it('round-trips JSON → Markdown → JSON through the export and the import', async () => {
    await expectMarkdownRoundTrip(body, [
      '## Key Takeaways',
      '',
      '1. Three ports signed **a shared corridor** for 2028.',
      '2. Grid links take *four to six years*.',
      '3. See [the memorandum](https://example.org/corridor)\\',
      '   10. \\<not> a list & no \\*markup\\*.',
      '',
      'The reported text starts here.',
    ]);
  });

  it('gives one diff line per item, numbered, before the text after the block', () => {
    const lines = bodyLines(body).map(({ kind, label, text: line }) => ({ kind, label, text: line }));
    expect(lines).toEqual([
      { kind: 'takeaway', label: 'Key Takeaways 1', text: 'Three ports signed a shared corridor for 2028.' },
      { kind: 'takeaway', label: 'Key Takeaways 2', text: 'Grid links take four to six years.' },
      { kind: 'takeaway', label: 'Key Takeaways 3', text: 'See the memorandum\n10. <not> a list & no *markup*.' },
      { kind: 'paragraph', label: null, text: 'The reported text starts here.' },
    ]);
  });
});
