import { describe, expect, it } from 'vitest';
import { BriefdeskError, isBriefdeskError } from '../../../../shared/model/errors';

describe('BriefdeskError', () => {
  it('carries a code and a message for the analyst, and its cause for the log', () => {
    const cause = new Error('EIO: i/o error, write');
    const error = new BriefdeskError('io', 'Could not save the brief. The disk reported an input/output error.', { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('BriefdeskError');
    expect(error.code).toBe('io');
    expect(error.message).toBe('Could not save the brief. The disk reported an input/output error.');
    expect(error.cause).toBe(cause);
    expect(String(error)).toBe('BriefdeskError: Could not save the brief. The disk reported an input/output error.');
  });

  it('crosses the contract as its code and message only (never the cause or the stack)', () => {
    const error = new BriefdeskError('not_found', 'That brief is no longer in the library.', {
      cause: new Error('/home/analyst/secret path'),
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({ code: 'not_found', message: 'That brief is no longer in the library.' });
  });

  it('tells its own errors from any other thrown value', () => {
    expect(isBriefdeskError(new BriefdeskError('conflict', 'x'))).toBe(true);
    expect(isBriefdeskError(Object.assign(new Error('x'), { code: 'conflict' }))).toBe(false);
    expect(isBriefdeskError({ code: 'conflict', message: 'x' })).toBe(false);
    expect(isBriefdeskError(null)).toBe(false);
  });
});
