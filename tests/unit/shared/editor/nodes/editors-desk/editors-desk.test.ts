// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EditorsDesk, markdownDeskFields } from '../../../../../../shared/editor/nodes/editors-desk';
import type { BodyDoc, PmNodeJson } from '../../../../../../shared/model/brief';
import { bodyLines } from '../../../../../../shared/revisions/body-lines';
import { expectHtmlRoundTrip, expectMarkdownRoundTrip, nodeTestExtensions } from '../node-round-trip';

const extensions = nodeTestExtensions([EditorsDesk], ['bulletList', 'orderedList', 'blockquote']);

const paragraph = (...content: PmNodeJson[]): PmNodeJson => ({ type: 'paragraph', content });
const text = (value: string, marks?: PmNodeJson['marks']): PmNodeJson =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const item = (value: string): PmNodeJson => ({ type: 'listItem', content: [paragraph(text(value))] });

/** A desk with every field, marks, a list, a quote, and a line of colons that the Markdown fence must outgrow. */
const desk: PmNodeJson = {
  type: 'editorsDesk',
  attrs: {
    title: 'Strategic Analysis',
    deskName: 'Harbour Policy Desk',
    series: 'Strategic Insight',
    publication: 'The Harbour Review',
    libraryRef: null,
  },
  content: [
    paragraph(text('The grid '), text('sets the pace', [{ type: 'bold' }]), text(', not the ships.')),
    { type: 'bulletList', content: [item('Substations first'), item('Tariffs next')] },
    { type: 'blockquote', content: [paragraph(text('Connections take years.'))] },
    paragraph(text('::: not a fence')),
  ],
};

const body: BodyDoc = { type: 'doc', content: [desk] };

describe("Editor's Desk node", () => {
  it('round-trips JSON → HTML → JSON in a headless editor', () => {
    expectHtmlRoundTrip(
      extensions,
      body,
      '<aside class="editors-desk" data-type="editors-desk" data-title="Strategic Analysis" data-desk-name="Harbour Policy Desk" ' +
        'data-series="Strategic Insight" data-publication="The Harbour Review">' +
        '<p class="editors-desk-badge">Editor\'s Desk</p><h2 class="editors-desk-title">Strategic Analysis</h2>' +
        '<div class="editors-desk-body"><p>The grid <strong>sets the pace</strong>, not the ships.</p>' +
        '<ul><li><p>Substations first</p></li><li><p>Tariffs next</p></li></ul>' +
        '<blockquote><p>Connections take years.</p></blockquote><p>::: not a fence</p></div>' +
        '<footer class="editors-desk-signoff"><p class="editors-desk-desk-name">Harbour Policy Desk</p>' +
        '<p class="editors-desk-series">Strategic Insight</p><p class="editors-desk-publication">The Harbour Review</p></footer></aside>',
    );
  });

  it('keeps a synced desk’s library ref and empty sign-off through HTML', () => {
    const synced: BodyDoc = {
      type: 'doc',
      content: [
        {
          type: 'editorsDesk',
          attrs: { title: '', deskName: '', series: 'Weekly', publication: '', libraryRef: 'block-7' },
          content: [paragraph(text('Kept.'))],
        },
      ],
    };
    expectHtmlRoundTrip(
      extensions,
      synced,
      '<aside class="editors-desk" data-type="editors-desk" data-title="" data-desk-name="" data-series="Weekly" data-publication="" ' +
        'data-library-ref="block-7"><p class="editors-desk-badge">Editor\'s Desk</p><h2 class="editors-desk-title">Strategic Analysis</h2>' +
        '<div class="editors-desk-body"><p>Kept.</p></div><footer class="editors-desk-signoff"><p class="editors-desk-series">Weekly</p></footer></aside>',
    );
  });

  it('round-trips JSON → Markdown → JSON through the export and the import', async () => {
    await expectMarkdownRoundTrip(body, [
      // A line of the analysis that starts with colons is escaped, so it can neither open nor close a container.
      ':::editors-desk',
      '**Title:** Strategic Analysis\\',
      '**Desk:** Harbour Policy Desk\\',
      '**Series:** Strategic Insight\\',
      '**Publication:** The Harbour Review',
      '',
      'The grid **sets the pace**, not the ships.',
      '',
      '- Substations first',
      '- Tariffs next',
      '',
      '> Connections take years.',
      '',
      '\\::: not a fence',
      '',
      ':::',
    ]);
  });

  it('reads the labelled field lines back, and nothing else', () => {
    expect(markdownDeskFields(['publication: The Review', 'TITLE: Outlook'])).toEqual({
      title: 'Outlook',
      deskName: '',
      series: '',
      publication: 'The Review',
    });
    expect(markdownDeskFields(['Title: Outlook', 'An analysis paragraph.'])).toBeNull();
    expect(markdownDeskFields([])).toBeNull();
  });

  it('gives diff lines for its title, its analysis and its sign-off', () => {
    const desk = (line: string) => ({ kind: 'desk', label: "Editor's Desk", text: line });
    expect(bodyLines(body).map(({ kind, label, text: line }) => ({ kind, label, text: line }))).toEqual([
      { kind: 'desk-title', label: "Editor's Desk title", text: 'Strategic Analysis' },
      desk('The grid sets the pace, not the ships.'),
      desk('- Substations first'),
      desk('- Tariffs next'),
      desk('> Connections take years.'),
      desk('::: not a fence'),
      { kind: 'sign-off', label: 'Sign-off', text: 'Harbour Policy Desk / Strategic Insight / The Harbour Review' },
    ]);
  });
});
