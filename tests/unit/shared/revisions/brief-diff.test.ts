import { describe, expect, it } from 'vitest';
import type { BriefContent, PmNodeJson } from '../../../../shared/model/brief';
import { diffBriefs } from '../../../../shared/revisions/brief-diff';
import { BriefDiff } from '../../../../shared/revisions/brief-diff-model';
import { bodyLines } from '../../../../shared/revisions/body-lines';
import { contentWithBody, desk, doc, heading, para, takeaways } from '../../support/body-fixtures';

const HERO_A = `${'a'.repeat(64)}.jpg`;
const HERO_B = `${'b'.repeat(64)}.png`;

const base = (): BriefContent =>
  contentWithBody(
    'Ports agree a corridor',
    takeaways('Three ports signed a memorandum.', 'Grid links take years.', 'Tariffs are still open.'),
    desk({ title: 'Strategic Analysis' }, para('Sequencing matters more than money.')),
    heading('Background'),
    para('The ministers met on Tuesday to sign the plan.'),
    { type: 'bulletList', content: [{ type: 'listItem', content: [para('Port A has funding.')] }] },
  );

/** The body lines that are not unchanged, as [change, label, before, after]. */
const bodyChanges = (older: BriefContent, newer: BriefContent) =>
  diffBriefs(older, newer)
    .body.filter((line) => line.change !== 'unchanged')
    .map((line) => [line.change, line.label, line.before, line.after]);

describe('bodyLines', () => {
  it('reads the body as one line per block, labelled', () => {
    const content = base();
    content.body = doc(
      ...(content.body.content ?? []),
      { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [para('Third point.')] }] },
      { type: 'blockquote', content: [para('We can build the quays.')] },
      { type: 'image', attrs: { src: `asset:${HERO_A}`, alt: 'Cranes at dusk' } },
      para(),
    );
    content.body.content?.splice(
      1,
      1,
      desk({ title: 'Why now', deskName: 'Policy Desk', publication: 'The Weekly' }, para('Sequencing matters.')),
    );
    expect(bodyLines(content.body).map((line) => (line.label ? `${line.label}: ${line.text}` : line.text))).toEqual([
      'Key Takeaways 1: Three ports signed a memorandum.',
      'Key Takeaways 2: Grid links take years.',
      'Key Takeaways 3: Tariffs are still open.',
      "Editor's Desk title: Why now",
      "Editor's Desk: Sequencing matters.",
      'Sign-off: Policy Desk / The Weekly',
      '## Background',
      'The ministers met on Tuesday to sign the plan.',
      '- Port A has funding.',
      '3. Third point.',
      '> We can build the quays.',
      '[Image: Cranes at dusk]',
    ]);
  });
});

describe('diffBriefs', () => {
  it('finds nothing between equal briefs, and every line is unchanged', () => {
    const diff = diffBriefs(base(), base());
    expect(diff.identical).toBe(true);
    expect(diff.fields).toEqual([]);
    expect(diff.counts).toEqual({ fields: 0, added: 0, removed: 0, changed: 0 });
    expect(diff.body.map((line) => line.change)).toEqual(Array(bodyLines(base().body).length).fill('unchanged'));
    expect(BriefDiff.parse(diff)).toEqual(diff);
  });

  it('shows a changed takeaway as a change in that takeaway, with a word diff', () => {
    const newer = base();
    newer.body.content?.splice(
      0,
      1,
      takeaways('Three ports signed a memorandum.', 'Grid links take five years.', 'Tariffs are still open.'),
    );
    const diff = diffBriefs(base(), newer);
    expect(diff.identical).toBe(false);
    expect(diff.counts).toEqual({ fields: 0, added: 0, removed: 0, changed: 1 });
    const changed = diff.body.find((line) => line.change === 'changed');
    expect(changed).toMatchObject({
      kind: 'takeaway',
      label: 'Key Takeaways 2',
      before: 'Grid links take years.',
      after: 'Grid links take five years.',
      formatOnly: false,
    });
    expect(changed?.segments.filter((segment) => segment.op !== 'unchanged')).toEqual([{ op: 'added', text: 'five ' }]);
    expect(changed?.segments.map((segment) => segment.text).join('')).toBe('Grid links take five years.');
  });

  it('adding a takeaway at the top is one added line, not a change to every item', () => {
    const newer = base();
    newer.body.content?.splice(
      0,
      1,
      takeaways('Shippers back the plan.', 'Three ports signed a memorandum.', 'Grid links take years.', 'Tariffs are still open.'),
    );
    expect(bodyChanges(base(), newer)).toEqual([['added', 'Key Takeaways 1', null, 'Shippers back the plan.']]);
    const unchangedLabels = diffBriefs(base(), newer)
      .body.filter((line) => line.kind === 'takeaway' && line.change === 'unchanged')
      .map((line) => line.label);
    expect(unchangedLabels).toEqual(['Key Takeaways 2', 'Key Takeaways 3', 'Key Takeaways 4']);
  });

  it("shows Editor's Desk title, text and sign-off changes on their own lines", () => {
    const newer = base();
    newer.body.content?.splice(
      1,
      1,
      desk({ title: 'Strategic Outlook', deskName: 'Harbour Desk' }, para('Sequencing matters more than funding.')),
    );
    expect(bodyChanges(base(), newer)).toEqual([
      ['changed', "Editor's Desk title", 'Strategic Analysis', 'Strategic Outlook'],
      ['changed', "Editor's Desk", 'Sequencing matters more than money.', 'Sequencing matters more than funding.'],
      ['added', 'Sign-off', null, 'Harbour Desk'],
    ]);
  });

  it('tells a formatting-only change, and keeps unrelated rewrites as a removal and an addition', () => {
    const newer = base();
    const bold: PmNodeJson = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The ministers met on ' },
        { type: 'text', text: 'Tuesday', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' to sign the plan.' },
      ],
    };
    newer.body.content?.splice(3, 1, bold);
    const changed = diffBriefs(base(), newer).body.filter((line) => line.change !== 'unchanged');
    expect(changed).toEqual([
      expect.objectContaining({
        change: 'changed',
        formatOnly: true,
        before: 'The ministers met on Tuesday to sign the plan.',
        after: 'The ministers met on Tuesday to sign the plan.',
      }),
    ]);

    const rewritten = base();
    rewritten.body.content?.splice(3, 1, para('Nothing about this sentence survived the edit at all.'));
    expect(bodyChanges(base(), rewritten)).toEqual([
      ['removed', null, 'The ministers met on Tuesday to sign the plan.', null],
      ['added', null, null, 'Nothing about this sentence survived the edit at all.'],
    ]);
  });

  it('lists changed fields with word diffs, and tags and related briefs item by item', () => {
    const older: BriefContent = {
      ...base(),
      hero: { asset: HERO_A, alt: 'Cranes at dusk', caption: 'The east quay.', credit: 'Staff' },
      related: [{ kind: 'url', url: 'https://example.org/tariffs', title: 'Tariff basics' }],
    };
    const newer: BriefContent = {
      ...older,
      headline: 'Ports agree a green corridor',
      status: 'review',
      tags: ['grid', 'ports'],
      hero: { asset: HERO_B, alt: 'Cranes at dawn', caption: 'The east quay.', credit: 'Staff' },
      related: [...older.related, { kind: 'brief', id: 'brief-0001-aaaa' }],
    };
    const diff = diffBriefs(older, newer);
    expect(diff.fields.map((field) => field.field)).toEqual(['headline', 'status', 'heroImage', 'heroAlt', 'tags', 'related']);
    expect(diff.fields[0]).toMatchObject({
      label: 'Headline',
      before: 'Ports agree a corridor',
      after: 'Ports agree a green corridor',
      list: false,
      segments: [
        { op: 'unchanged', text: 'Ports agree a ' },
        { op: 'added', text: 'green ' },
        { op: 'unchanged', text: 'corridor' },
      ],
    });
    expect(diff.fields.find((field) => field.field === 'tags')).toMatchObject({
      before: 'grid, policy',
      after: 'grid, ports',
      list: true,
      segments: [
        { op: 'unchanged', text: 'grid' },
        { op: 'removed', text: 'policy' },
        { op: 'added', text: 'ports' },
      ],
    });
    expect(diff.fields.find((field) => field.field === 'related')?.segments).toEqual([
      { op: 'unchanged', text: 'Tariff basics (https://example.org/tariffs)' },
      { op: 'added', text: 'Brief brief-0001-aaaa' },
    ]);
    expect(diff.counts.fields).toBe(6);
    expect(diff.body.every((line) => line.change === 'unchanged')).toBe(true);

    const heroRemoved = diffBriefs(older, { ...older, hero: null }).fields.map((field) => [field.field, field.after]);
    expect(heroRemoved).toEqual([
      ['heroImage', ''],
      ['heroAlt', ''],
      ['heroCaption', ''],
      ['heroCredit', ''],
    ]);
  });
});
