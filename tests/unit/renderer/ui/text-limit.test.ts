import { describe, expect, it } from 'vitest';
import { fitInsertion, limitState } from '../../../../renderer/ui/text-limit';

describe('fitInsertion', () => {
  it('inserts the whole text when it fits, the selection counting as room', () => {
    expect(fitInsertion(5, 0, 'abcde', 10)).toEqual({ inserted: 'abcde', remainder: '' });
    expect(fitInsertion(10, 4, 'wxyz', 10)).toEqual({ inserted: 'wxyz', remainder: '' });
  });

  it('cuts a paste at the room left and keeps every other character in the remainder', () => {
    const pasted = 'x'.repeat(5000);
    const fitted = fitInsertion(11, 0, pasted, 400);
    expect(fitted.inserted).toHaveLength(389);
    expect(fitted.inserted + fitted.remainder).toBe(pasted);
  });

  it('leaves no room when the field is already full, and never a negative one', () => {
    expect(fitInsertion(400, 0, 'more', 400)).toEqual({ inserted: '', remainder: 'more' });
    expect(fitInsertion(450, 0, 'more', 400)).toEqual({ inserted: '', remainder: 'more' });
  });

  it('never splits a surrogate pair, a combining accent or an emoji sequence', () => {
    expect(fitInsertion(0, 0, 'ab😀cd', 3)).toEqual({ inserted: 'ab', remainder: '😀cd' });
    expect(fitInsertion(0, 0, 'ae\u0301z', 2)).toEqual({ inserted: 'a', remainder: 'e\u0301z' });
    const family = '👩‍👩‍👧';
    expect(fitInsertion(0, 0, `${family}!`, family.length - 1)).toEqual({ inserted: '', remainder: `${family}!` });
  });
});

describe('limitState', () => {
  it('is quiet below 80 %, counts from 80 %, is full at the limit', () => {
    expect(limitState(319, 400)).toEqual({ kind: 'quiet' });
    expect(limitState(320, 400)).toEqual({ kind: 'counting', length: 320, limit: 400 });
    expect(limitState(399, 400)).toEqual({ kind: 'counting', length: 399, limit: 400 });
    expect(limitState(400, 400)).toEqual({ kind: 'full', limit: 400 });
  });
});
