import { describe, expect, it } from 'vitest';
import { DeskBlock, DeskBlockFields } from '../../../../shared/model/desk-block';

const fields = {
  name: 'Energy desk',
  title: 'Strategic Analysis',
  deskName: 'Energy Desk',
  series: 'Winter outlook',
  publication: 'Briefdesk Weekly',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Signed off.' }] }],
};

describe('desk-library blocks', () => {
  it('keep a trimmed name, the sign-off lines up to 300 characters each and the desk text', () => {
    const longest = {
      ...fields,
      name: '  Energy desk ',
      title: 't'.repeat(300),
      deskName: 'd'.repeat(300),
      series: 's'.repeat(300),
      publication: 'p'.repeat(300),
    };
    expect(DeskBlockFields.parse(longest)).toEqual({ ...longest, name: 'Energy desk' });
    for (const field of ['title', 'deskName', 'series', 'publication']) {
      expect(DeskBlockFields.safeParse({ ...fields, [field]: 'x'.repeat(301) }).success).toBe(false);
    }
  });

  it('need one to 500 paragraphs of text, and say so when there is none', () => {
    expect(DeskBlockFields.safeParse({ ...fields, content: [] }).error?.issues[0]?.message).toBe(
      'A desk block needs at least one paragraph',
    );
    expect(DeskBlockFields.safeParse({ ...fields, content: Array.from({ length: 500 }, () => ({ type: 'paragraph' })) }).success).toBe(
      true,
    );
    expect(DeskBlockFields.safeParse({ ...fields, content: Array.from({ length: 501 }, () => ({ type: 'paragraph' })) }).success).toBe(
      false,
    );
    expect(DeskBlockFields.safeParse({ ...fields, content: [{ type: '' }] }).success).toBe(false);
  });

  it('as stored: with an id safe as a reference and dates', () => {
    const block = { ...fields, id: 'desk-1', createdAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z' };
    expect(DeskBlock.parse(block)).toEqual(block);
    expect(DeskBlock.safeParse({ ...block, id: '../desk' }).success).toBe(false);
    expect(DeskBlock.safeParse({ ...block, updatedAt: 'later' }).success).toBe(false);
  });
});
