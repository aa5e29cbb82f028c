import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefdesk } from './cli-runner';
import { parseImportArgs } from '../../main/cli/import-command';
import { UsageError } from '../../main/cli/export-command';
import { exportBriefJson } from '../../main/services/export/export-brief-json';
import { LibraryStore } from '../../main/services/library-store';
import { createFixtureLibrary, FIXTURE_NAMES } from '../fixtures/briefs/fixture-library';
import { TINY_PNG } from './store-fixtures';

describe('briefdesk import', () => {
  let work: string;
  let files: Record<string, string>;
  let headlines: Record<string, string>;
  const file = (name: string): string => files[name] ?? '';

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-cli-import-'));
    const inbox = path.join(work, 'inbox');
    await mkdir(inbox);
    const { store, ids } = await createFixtureLibrary(path.join(work, 'source'));
    files = {};
    headlines = {};
    const write = async (name: string, bytes: Uint8Array | string): Promise<void> => {
      files[name] = path.join(inbox, name);
      await writeFile(path.join(inbox, name), bytes);
    };
    try {
      for (const name of FIXTURE_NAMES) {
        const exported = await exportBriefJson(store, ids[name] ?? '');
        headlines[name] = exported.brief.headline;
        await write(`${name}.json`, JSON.stringify(exported));
      }
      const full = await exportBriefJson(store, ids.full ?? '');
      const hero = full.brief.hero?.asset ?? '';
      await write('tampered.json', JSON.stringify({ ...full, assets: { ...full.assets, [hero]: TINY_PNG.toString('base64') } }));
    } finally {
      await store.close();
    }
    await write('empty.json', '');
    await write('binary.json', TINY_PNG);
    await write('latin1.json', Buffer.from('{"headline": "caf\xe9"}', 'latin1'));
    await write('truncated.json', '{"format": "briefdesk-brief", "version": 1, "brief": {');
    await write('other.json', JSON.stringify({ format: 'something-else', version: 1 }));
    await write('notes.md', '# A brief\n');
    // Builds the CLI first if the sources changed, so the build's output is not mixed into a test's.
    await briefdesk('--help');
  }, 180_000);

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('imports each good file, reports each bad one, and exits 1', async () => {
    const dataDir = path.join(work, 'mixed');
    const order = ['empty.json', 'full.json', 'binary.json', 'latin1.json', 'truncated.json', 'other.json', 'tampered.json', 'notes.md', 'unicode.json'];
    const result = await briefdesk('import', ...order.map(file), '--data', dataDir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(order.length);
    const imported = (line: string | undefined, name: string): string => {
      const match = /^Imported (.+) → ([A-Za-z0-9_-]+) "(.*)"$/.exec(line ?? '');
      expect(match?.slice(1, 2)).toEqual([file(`${name}.json`)]);
      expect(match?.[3]).toBe(headlines[name]);
      return match?.[2] ?? '';
    };
    const fullId = imported(lines[1], 'full');
    const unicodeId = imported(lines[8], 'unicode');
    expect(lines[0]).toBe(`Failed ${file('empty.json')}: The file is empty: there is nothing to import.`);
    expect(lines[2]).toBe(`Failed ${file('binary.json')}: This is a binary file, not a Briefdesk JSON export.`);
    expect(lines[3]).toBe(`Failed ${file('latin1.json')}: The file is not valid UTF-8 text, so it cannot be a Briefdesk JSON export.`);
    expect(lines[4]).toMatch(new RegExp(`^Failed ${file('truncated.json')}: The file is not valid JSON \\(.+\\)\\. It may be truncated or damaged\\.$`));
    expect(lines[5]).toBe(`Failed ${file('other.json')}: This JSON is not a Briefdesk brief export (it has no "format": "briefdesk-brief" marker).`);
    expect(lines[6]).toMatch(new RegExp(`^Failed ${file('tampered.json')}: The image [a-f0-9]{64}\\.jpg does not match its bytes`));
    expect(lines[7]).toBe(`Failed ${file('notes.md')}: Markdown/HTML/DOCX/text import is not available yet; only Briefdesk JSON exports (.json) can be imported.`);

    const store = await LibraryStore.open(dataDir, { readOnly: true });
    try {
      expect(store.list().briefs.map((row) => row.id).sort()).toEqual([fullId, unicodeId].sort());
      expect((await store.get(fullId)).headline).toBe(headlines.full);
    } finally {
      await store.close();
    }
  });

  it('exits 0 when every file imports', async () => {
    const names = FIXTURE_NAMES.map((name) => file(`${name}.json`));
    const result = await briefdesk('import', ...names, '--data', path.join(work, 'all-good'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trimEnd().split('\n').map((line) => line.split(' → ')[0])).toEqual(names.map((name) => `Imported ${name}`));
  });

  it('refuses a library open in another Briefdesk, importing nothing (exit 1)', async () => {
    const dataDir = path.join(work, 'locked');
    const app = await LibraryStore.open(dataDir);
    try {
      const result = await briefdesk('import', file('full.json'), '--data', dataDir);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `briefdesk: This library is open in another Briefdesk (process ${process.pid}). Close it there, or choose another library folder.\n`,
      );
      expect(app.list().briefs).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('exits 2 with the usage when no file is given', async () => {
    const result = await briefdesk('import', '--data', path.join(work, 'unused'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('briefdesk: import needs one or more files\n');
    expect(result.stderr).toContain('import FILE… [--data DIR]');
  });
});

describe('parseImportArgs', () => {
  it('reads the files and the library folder', () => {
    expect(parseImportArgs(['a.json', 'b.json', '--data', 'lib'], 'default')).toEqual({ files: ['a.json', 'b.json'], data: 'lib' });
    expect(parseImportArgs(['a.json'], 'default')).toEqual({ files: ['a.json'], data: 'default' });
    expect(() => parseImportArgs([], 'default')).toThrow(new UsageError('import needs one or more files'));
  });
});
