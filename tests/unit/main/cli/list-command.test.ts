import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankBriefContent } from '../../../../shared/model/brief';
import { LibraryStore } from '../../../../main/services/library/library-store';
import { BIN_BRIEFDESK, BUILT_CLI } from './built-cli';

const run = promisify(execFile);
const cli = BUILT_CLI;

describe('briefdesk CLI', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-cli-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('bin/briefdesk.js, the installed command, runs the built CLI', async () => {
    const store = await LibraryStore.open(dataDir);
    const brief = await store.createFrom({ ...blankBriefContent(), headline: 'Harbour dues rise in spring' });
    await store.close();
    // Only stdout is compared: from a source checkout the command may first rebuild, and says so on stderr.
    const { stdout } = await run(process.execPath, [BIN_BRIEFDESK, 'list', '--data', dataDir, '--json']);
    expect(JSON.parse(stdout)).toMatchObject({ briefs: [{ id: brief.id, headline: 'Harbour dues rise in spring' }] });
  });

  it('lists the library as a table and as JSON, newest first, even while the library is open', async () => {
    const store = await LibraryStore.open(dataDir);
    const first = await store.create();
    await store.save(first.id, { ...blankBriefContent(), headline: 'Grid reform stalls in the Senate' });
    const second = await store.create();
    await store.save(second.id, { ...blankBriefContent(), headline: 'Port strike enters its second week' });

    const table = await run(process.execPath, [cli, 'list', '--data', dataDir]);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^UPDATED\s+STATUS\s+WORDS\s+ID\s+HEADLINE$/);
    expect(lines[1]).toContain('Port strike enters its second week');
    expect(lines[2]).toContain('Grid reform stalls in the Senate');

    const json = await run(process.execPath, [cli, 'list', '--data', dataDir, '--json']);
    const listing: unknown = JSON.parse(json.stdout);
    expect(listing).toMatchObject({
      briefs: [
        { id: second.id, headline: 'Port strike enters its second week' },
        { id: first.id, headline: 'Grid reform stalls in the Senate' },
      ],
      damaged: [],
    });
    await store.close();
  });

  it('says the library is empty, and fails clearly on an unknown command', async () => {
    const empty = await run(process.execPath, [cli, 'list', '--data', dataDir]);
    expect(empty.stdout).toBe('The library is empty.\n');
    await expect(run(process.execPath, [cli, 'frobnicate'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    });
  });
});
