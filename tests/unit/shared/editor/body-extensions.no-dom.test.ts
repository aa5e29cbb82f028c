// Plain Node environment (no DOM): the export builds this schema on the main side.
import { describe, expect, it } from 'vitest';
import { bodySchema } from '../../../../shared/editor/body-extensions';
import type { PmNodeJson } from '../../../../shared/model/brief';

const body: PmNodeJson = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Reported text.' }] },
    {
      type: 'keyTakeaways',
      content: [
        {
          type: 'takeaway',
          content: [
            { type: 'text', text: 'Talks resume ' },
            { type: 'text', marks: [{ type: 'bold' }], text: 'Tuesday' },
          ],
        },
        { type: 'takeaway', content: [{ type: 'text', text: 'Quotas stay open.' }] },
      ],
    },
    {
      type: 'editorsDesk',
      attrs: { title: 'Reading the room', deskName: 'Harbourline Policy Desk', series: '', publication: '', libraryRef: 'desk-1' },
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'A narrow deal first.' }] },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Then the rest.' }] }] }],
        },
      ],
    },
  ],
};

describe('brief blocks schema (no DOM)', () => {
  const schema = bodySchema();

  it('builds without DOM globals and accepts a body with both blocks', () => {
    expect(typeof document).toBe('undefined');
    const doc = schema.nodeFromJSON(body);
    expect(() => doc.check()).not.toThrow();
    // Nothing is lost or reshaped on the way in: the blocks, their attributes, marks and text come back as they went in.
    expect(doc.toJSON()).toEqual(body);
    expect(doc.textContent).toBe('Reported text.Talks resume TuesdayQuotas stay open.A narrow deal first.Then the rest.');
    expect(schema.nodes.keyTakeaways?.spec.isolating).toBe(true);
  });

  it('keeps paragraph the default block', () => {
    expect(schema.topNodeType.createAndFill()?.firstChild?.type.name).toBe('paragraph');
  });

  it('rejects block content in a takeaway, strike in a takeaway and an empty block', () => {
    const bad =
      (content: PmNodeJson): (() => void) =>
      () =>
        schema.nodeFromJSON({ type: 'doc', content: [content] }).check();
    expect(bad({ type: 'keyTakeaways', content: [{ type: 'takeaway', content: [{ type: 'paragraph' }] }] })).toThrow();
    expect(
      bad({ type: 'keyTakeaways', content: [{ type: 'takeaway', content: [{ type: 'text', marks: [{ type: 'strike' }], text: 'x' }] }] }),
    ).toThrow();
    expect(bad({ type: 'keyTakeaways', content: [] })).toThrow();
    expect(
      bad({ type: 'editorsDesk', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'x' }] }] }),
    ).toThrow();
  });
});
