import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankBriefContent } from '../../../../shared/model/brief';
import { LibraryStore } from '../../../../main/services/library/library-store';
import { resolveBriefId, type IdCandidate } from '../../../../main/cli/resolve-brief-id';
import { briefdesk } from './cli-runner';

const CANDIDATES: IdCandidate[] = [
  { id: '3479307b-1111-4aaa-8aaa-000000000001', headline: 'Grain corridor reopens', trashed: false },
  { id: '3479a000-2222-4bbb-8bbb-000000000002', headline: '', trashed: true },
  { id: '9f000000-3333-4ccc-8ccc-000000000003', headline: 'Port strike', trashed: false },
];

describe('resolveBriefId', () => {
  it('takes a whole id, or any beginning only one id has, in any case', () => {
    expect(resolveBriefId('9f000000-3333-4ccc-8ccc-000000000003', CANDIDATES)).toBe('9f000000-3333-4ccc-8ccc-000000000003');
    expect(resolveBriefId('3479307b', CANDIDATES)).toBe('3479307b-1111-4aaa-8aaa-000000000001');
    expect(resolveBriefId('9F', CANDIDATES)).toBe('9f000000-3333-4ccc-8ccc-000000000003');
  });

  it('lists the briefs a shared beginning matches, and says when nothing matches', () => {
    expect(() => resolveBriefId('3479', CANDIDATES)).toThrow(
      '“3479” is the beginning of 2 briefs’ ids; give more of it:\n' +
        '  3479307b-1111-4aaa-8aaa-000000000001  “Grain corridor reopens”\n' +
        '  3479a000-2222-4bbb-8bbb-000000000002  “Untitled brief” (in the Trash)',
    );
    expect(() => resolveBriefId('beef', CANDIDATES)).toThrow('No brief has an id starting with “beef”');
    expect(() => resolveBriefId('', CANDIDATES)).toThrow('No brief has an id starting with “”');
  });
});

describe('briefdesk export and publish with a shortened id', () => {
  let work: string;
  let dataDir: string;
  const ids = ['3479307b-1111-4aaa-8aaa-000000000001', '3479a000-2222-4bbb-8bbb-000000000002'];

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-cli-prefix-'));
    dataDir = path.join(work, 'library');
    const queue = [...ids];
    const store = await LibraryStore.open(dataDir, { idFactory: () => queue.shift() ?? crypto.randomUUID() });
    for (const headline of ['Grain corridor reopens', 'Port strike']) await store.createFrom({ ...blankBriefContent(), headline });
    await store.close();
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('exports the one brief a unique beginning names', async () => {
    const out = path.join(work, 'out');
    const result = await briefdesk('export', '3479307b', '--format', 'json', '--out', out, '--data', dataDir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`(${ids[0]})`);
    expect(await readdir(out)).toEqual(['grain-corridor-reopens.json']);
  });

  it('refuses a beginning two ids share, naming both briefs, and writes nothing', async () => {
    const out = path.join(work, 'out-ambiguous');
    const result = await briefdesk('export', '3479', '--format', 'json', '--out', out, '--data', dataDir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `briefdesk: “3479” is the beginning of 2 briefs’ ids; give more of it:\n  ${ids[0]}  “Grain corridor reopens”\n  ${ids[1]}  “Port strike”\n`,
    );
    expect(existsSync(out)).toBe(false);
    const publish = await briefdesk('publish', '3479', '--target', 'Site', '--data', dataDir);
    expect(publish.code).toBe(1);
    expect(publish.stderr).toContain('“3479” is the beginning of 2 briefs’ ids');
  });
});
