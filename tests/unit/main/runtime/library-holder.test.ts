import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryHolder } from '../../../../main/runtime/library-holder';
import { switchableHandlers } from '../../../../main/runtime/handlers/switchable-handlers';
import { LibraryStore } from '../../../../main/services/library/library-store';
import { dispatch } from '../../../../shared/api/dispatch';
import { populate } from '../backup-fixtures';
import { sampleContent, storeFixture } from '../../support/store-fixtures';

const fixture = storeFixture();

async function call(handlers: ReturnType<typeof switchableHandlers>, name: string, input: unknown): Promise<unknown> {
  const result = await dispatch(handlers, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('restoring a backup from the app and switching to it', () => {
  it('restores beside the library, leaves it untouched until the switch, then serves the restored one', async () => {
    const parent = await fixture.tempDir();
    const dataDir = join(parent, 'Briefdesk');
    const holder = new LibraryHolder(await LibraryStore.open(dataDir), (dir) => LibraryStore.open(dir));
    const handlers = switchableHandlers(holder, { version: '2.0.0', shell: 'browser' });
    try {
      await populate(holder.current);
      const backup = (await call(handlers, 'backupLibrary', {})) as { fileName: string; dataBase64: string; counts: { briefs: number } };
      expect(backup.counts.briefs).toBe(3);
      const later = await holder.current.create();
      await holder.current.save(later.id, sampleContent('Written after the backup'));

      const restored = (await call(handlers, 'restoreBackup', { fileName: backup.fileName, dataBase64: backup.dataBase64 })) as {
        restoreId: string;
        dataDir: string;
        counts: { briefs: number };
      };
      expect(dirname(restored.dataDir)).toBe(parent);
      expect(restored.restoreId).toBe(basename(restored.dataDir));
      expect(restored.restoreId).toMatch(/^Briefdesk-restored-/);
      expect(restored.counts.briefs).toBe(3);
      const before = (await call(handlers, 'listBriefs', {})) as { briefs: { headline: string }[] };
      expect(before.briefs.map((brief) => brief.headline)).toContain('Written after the backup');

      const switched = (await call(handlers, 'switchLibrary', { restoreId: restored.restoreId })) as {
        dataDir: string;
        previousDir: string;
      };
      expect(switched.dataDir).toBe(dataDir);
      expect(basename(switched.previousDir)).toMatch(/^Briefdesk-before-restore-/);
      expect((await readdir(parent)).sort()).toEqual(['Briefdesk', basename(switched.previousDir)].sort());

      const after = (await call(handlers, 'listBriefs', {})) as { briefs: { headline: string }[] };
      expect(after.briefs.map((brief) => brief.headline).sort()).toEqual([
        'Harbour dredging resumes after the spring tides',
        'Rail freight volumes slip for a third quarter',
      ]);
      const created = (await call(handlers, 'createBrief', {})) as { id: string };
      expect(holder.current.list().briefs.map((brief) => brief.id)).toContain(created.id);

      const kept = await LibraryStore.open(switched.previousDir, { readOnly: true });
      expect(kept.list().briefs.map((brief) => brief.headline)).toContain('Written after the backup');
      await kept.close();

      await expect(call(handlers, 'switchLibrary', { restoreId: restored.restoreId })).rejects.toThrow(
        /not_found: That restored library is not known/,
      );
    } finally {
      await holder.close();
    }
  });

  it('refuses a damaged upload and changes nothing', async () => {
    const parent = await fixture.tempDir();
    const dataDir = join(parent, 'Library');
    const holder = new LibraryHolder(await LibraryStore.open(dataDir), (dir) => LibraryStore.open(dir));
    const handlers = switchableHandlers(holder, { version: '2.0.0', shell: 'browser' });
    try {
      await holder.current.create();
      const junk = Buffer.from('these bytes are not a zip archive at all').toString('base64');
      await expect(call(handlers, 'restoreBackup', { fileName: 'old.zip', dataBase64: junk })).rejects.toThrow(
        /invalid_input: “old\.zip” cannot be restored: it is not a readable zip archive/,
      );
      expect(await readdir(parent)).toEqual(['Library']);
    } finally {
      await holder.close();
    }
  });
});
