import { describe, expect, it } from 'vitest';
import { appContract } from '../../../../../shared/api/contract/app';
import { backupContract } from '../../../../../shared/api/contract/backup';
import { briefsContract } from '../../../../../shared/api/contract/briefs';
import { deskContract } from '../../../../../shared/api/contract/desk';
import { exportContract } from '../../../../../shared/api/contract/export';
import { importContract } from '../../../../../shared/api/contract/import';
import { libraryContract } from '../../../../../shared/api/contract/library';
import { publishContract } from '../../../../../shared/api/contract/publish';
import { recoveryContract } from '../../../../../shared/api/contract/recovery';
import { replaceContract } from '../../../../../shared/api/contract/replace';
import { revisionsContract } from '../../../../../shared/api/contract/revisions';
import { templatesContract } from '../../../../../shared/api/contract/templates';
import { contract, isMethodName, methodNames } from '../../../../../shared/api/contract';
import { methodNames as namesAlone } from '../../../../../shared/api/method-names';

const sections = [
  libraryContract,
  briefsContract,
  templatesContract,
  deskContract,
  exportContract,
  importContract,
  revisionsContract,
  recoveryContract,
  backupContract,
  appContract,
  publishContract,
  replaceContract,
];

describe('the contract, composed of its sections', () => {
  it('has each method in exactly one section (a name used twice would hide a method)', () => {
    const names = sections.flatMap((section) => Object.keys(section));
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(Object.keys(contract).sort());
  });

  it('derives its method names from its keys, the same list the preload is given', () => {
    expect(methodNames).toEqual(Object.keys(contract));
    expect(namesAlone).toEqual(methodNames);
    expect(methodNames).toContain('wakeOutbox');
    expect(isMethodName('getBrief')).toBe(true);
    expect(isMethodName('toString')).toBe(false);
  });
});
