import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../../../../shared/api/contract';
import { ExportStem } from '../../../../../shared/api/contract/export';
import { AssetId, BriefId } from '../../../../../shared/model/brief';
import { EntryId } from '../../../../../shared/model/library-entry';
import { TargetId } from '../../../../../shared/publish/target';
import { JobId } from '../../../../../shared/publish/outbox-job';
import { RevisionId } from '../../../../../shared/revisions/revision';
import { DraftWriter } from '../../../../../shared/recovery/recovery-draft';

/**
 * Names that would reach outside the library's folders if an id became a
 * file name: parent folders, absolute paths on Linux, macOS and Windows,
 * encoded separators, a NUL, the empty name and the folder itself.
 */
const TRAVERSALS = [
  '../../../../etc/passwd',
  '..',
  '.',
  '../library.json',
  'articles/../../secret',
  'abcdefgh/ijklmnop',
  'abcdefgh\\ijklmnop',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\file',
  '%2e%2e%2fsecret-file',
  'abcdefgh%2Fijklmnop',
  'abcdefgh\0.json',
  '',
  ' ',
  '....//....//etc',
  'abcdefgh\n../x',
];

/** Every input field of the contract that names something stored under its own file: ids, window ids, job ids. */
const ID_FIELD = /^(id|[a-z]+Id|writer)$/;

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  return schema instanceof z.ZodObject ? schema.shape : null;
}

const idFields = Object.entries(contract).flatMap(([name, { input }]) =>
  Object.entries(objectShape(input) ?? {})
    .filter(([field]) => ID_FIELD.test(field))
    .map(([field, schema]): [string, z.ZodType] => [`${name}.${field}`, schema]),
);

describe('path traversal through the contract', () => {
  it('finds the id fields of the contract (a new method with an id is checked here too)', () => {
    expect(idFields.length).toBeGreaterThanOrEqual(40);
    expect(idFields.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'getBrief.id',
        'saveBrief.id',
        'getRevision.revisionId',
        'recoverDraft.writer',
        'retryJob.jobId',
        'publishBrief.targetId',
      ]),
    );
  });

  it.each(idFields)('%s refuses every name that could leave its folder', (_name, schema) => {
    const accepted = TRAVERSALS.filter((value) => schema.safeParse(value).success);
    expect(accepted).toEqual([]);
  });

  it.each([
    ['brief ids', BriefId, 'c0ffee00-1234-4abc-8def-0123456789ab'],
    ['asset ids', AssetId, `${'a1'.repeat(32)}.png`],
    ['template and desk block ids', EntryId, 'harbour-desk_2'],
    ['target ids', TargetId, 'my-site-2'],
    ['outbox job ids', JobId, 'job-0a1b2c3d4e5f'],
    ['revision ids', RevisionId, '20250401T080002000Z-auto-46rlpd'],
    ['window ids', DraftWriter, 'window-aaaaaaaa'],
    ['export file names', ExportStem, 'grid-reform-stalls-2'],
  ] as const)('%s still take the names Briefdesk makes, and nothing with a separator or a dot-dot', (_kind, schema, good) => {
    expect(schema.safeParse(good).success).toBe(true);
    expect(TRAVERSALS.filter((value) => schema.safeParse(value).success)).toEqual([]);
    // The good name with a folder before or after it is refused as well.
    expect(schema.safeParse(`../${good}`).success).toBe(false);
    expect(schema.safeParse(`${good}/..`).success).toBe(false);
  });

  it('asset ids are a SHA-256 and an image extension, nothing else', () => {
    const hash = 'a1'.repeat(32);
    for (const bad of [
      `${hash}.svg`,
      `${hash}.html`,
      `${hash}.png.html`,
      `${hash.slice(1)}.png`,
      `${hash}a.png`,
      `${hash.toUpperCase()}.png`,
      `x${hash}.png`,
    ]) {
      expect(AssetId.safeParse(bad).success, bad).toBe(false);
    }
  });
});
