import { describe, expect, it } from 'vitest';
import { BriefdeskError } from '../../../../../shared/model/errors';
import { errorCode, ioError } from '../../../../../main/services/library/io-error';

const systemError = (code: string): Error => Object.assign(new Error(`${code}: raw system text`), { code });

describe('what a file-system failure tells the analyst', () => {
  it.each([
    ['ENOSPC', 'The disk is full. Free some space, then try again.'],
    ['EDQUOT', 'The disk is full. Free some space, then try again.'],
    ['EROFS', 'The library folder is read-only. Check its permissions, or choose another library folder.'],
    ['EACCES', 'The library folder is read-only. Check its permissions, or choose another library folder.'],
    ['EPERM', 'The library folder is read-only. Check its permissions, or choose another library folder.'],
    ['ENOTDIR', 'Part of its path is a file, not a folder.'],
    ['ENOENT', 'Its folder does not exist.'],
    ['EMFILE', 'Too many files are open. Close some applications, then try again.'],
    ['ENFILE', 'Too many files are open. Close some applications, then try again.'],
    ['EIO', 'The disk reported an input/output error.'],
    ['EBUSY', 'EBUSY: raw system text'],
  ])('%s: %s', (code, cause) => {
    const error = ioError('write', '/library/library.json', systemError(code));
    expect(error).toMatchObject({ code: 'io', message: `Could not save "/library/library.json". ${cause}` });
    expect(error.cause).toMatchObject({ code });
  });

  it.each([
    ['read', 'Could not read'],
    ['write', 'Could not save'],
    ['delete', 'Could not delete'],
    ['move', 'Could not move'],
  ] as const)('names what could not be done (%s)', (action, words) => {
    expect(ioError(action, '/x', systemError('EIO')).message).toBe(`${words} "/x". The disk reported an input/output error.`);
  });

  it('passes an error already meant for the analyst through unchanged', () => {
    const original = new BriefdeskError('damaged', 'Not valid JSON.');
    expect(ioError('read', '/x', original)).toBe(original);
  });

  it('reads a system error code, and nothing from other thrown values', () => {
    expect(errorCode(systemError('EIO'))).toBe('EIO');
    expect([errorCode(null), errorCode('EIO'), errorCode({ code: 5 }), errorCode(new Error('x'))]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
