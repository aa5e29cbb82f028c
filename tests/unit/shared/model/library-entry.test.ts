import { describe, expect, it } from 'vitest';
import { byEntryName, EntryId, EntryName, sameEntryName } from '../../../../shared/model/library-entry';

describe('template and desk-block ids', () => {
  it('take 1 to 64 letters, digits, "-" and "_", nothing that leaves a folder', () => {
    for (const id of ['a', 'default', 'tpl_01-X', 'x'.repeat(64)]) expect(EntryId.safeParse(id).success).toBe(true);
    for (const id of ['', 'x'.repeat(65), '../x', 'a/b', 'a.json', 'a b', 'x/../default']) {
      const result = EntryId.safeParse(id);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('An id is 1–64 letters, digits, "-" or "_"');
    }
  });
});

describe('names', () => {
  it('are trimmed, required and at most 120 characters, with a message saying which', () => {
    expect(EntryName.parse('  Morning note  ')).toBe('Morning note');
    expect(EntryName.parse(`  ${'n'.repeat(120)}  `)).toBe('n'.repeat(120));
    expect(EntryName.safeParse('   ').error?.issues[0]?.message).toBe('A name is required');
    expect(EntryName.safeParse('n'.repeat(121)).error?.issues[0]?.message).toBe('A name is at most 120 characters');
  });

  it('compare ignoring case and surrounding space', () => {
    expect(sameEntryName(' Morning Note', 'morning note  ')).toBe(true);
    expect(sameEntryName('İstanbul desk', 'i̇stanbul desk')).toBe(true);
    expect(sameEntryName('Morning note', 'Evening note')).toBe(false);
    expect(sameEntryName('Morning  note', 'Morning note')).toBe(false);
  });

  it('order lists by name whatever the case or accents, then by id', () => {
    const entries = [
      { name: 'beta', id: 'b2' },
      { name: 'Alpha', id: 'z' },
      { name: 'Beta', id: 'b1' },
      { name: 'alpha', id: 'a' },
      { name: 'Éclair', id: 'e' },
      { name: 'delta', id: 'd' },
    ];
    expect([...entries].sort(byEntryName).map((entry) => entry.id)).toEqual(['a', 'z', 'b1', 'b2', 'd', 'e']);
  });
});
