import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTO_BACKUP_INTERVAL_MS, AutoBackups } from '../../../../../main/services/backup/auto-backup';
import { restoreBackup } from '../../../../../main/services/backup/restore-backup';
import { manualClock } from '../../../support/revisions-fixtures';
import { sampleContent, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

async function setUp() {
  const clock = manualClock();
  const dir = await fixture.tempDir();
  const store = await fixture.open(dir, { now: clock.now });
  const brief = await store.create();
  await store.save(brief.id, sampleContent('Ferry fares frozen for the winter'));
  const folder = await fixture.tempDir();
  const auto = new AutoBackups(store, { appVersion: '3.0.0', now: clock.now });
  return { clock, dir, store, folder, auto, briefId: brief.id };
}

describe('automatic daily backups', () => {
  it('backs up at once when turned on, again only once a day has passed, and keeps the newest N', async () => {
    const { clock, dir, store, folder, auto, briefId } = await setUp();
    const status = await auto.configure({ folder, keep: 2 });
    expect(status).toMatchObject({ folder, keep: 2, lastBackupAt: new Date(clock.time).toISOString(), lastError: null });
    const prefix = `${basename(dir)}-auto-`;
    expect(await readdir(folder)).toEqual([`${prefix}2025-03-03T09-00-00Z.zip`]);

    clock.advance(AUTO_BACKUP_INTERVAL_MS - 60_000);
    await auto.runIfDue();
    expect(await readdir(folder)).toHaveLength(1);

    await writeFile(join(folder, 'notes.txt'), 'not a backup, never pruned');
    for (let day = 0; day < 3; day += 1) {
      clock.advance(AUTO_BACKUP_INTERVAL_MS);
      await store.save(briefId, sampleContent(`Ferry fares frozen, day ${day}`));
      await auto.runIfDue();
    }
    const left = (await readdir(folder)).sort();
    expect(left).toEqual([`${prefix}2025-03-06T08-59-00Z.zip`, `${prefix}2025-03-07T08-59-00Z.zip`, 'notes.txt']);

    const restored = join(await fixture.tempDir(), 'restored');
    await restoreBackup(await readFile(join(folder, left[1] ?? '')), left[1] ?? '', restored);
    const library = await fixture.open(restored);
    expect((await library.get(briefId)).headline).toBe('Ferry fares frozen, day 2');
  });

  it('keeps its settings in the library, refuses unusable folders, and reports a failed backup', async () => {
    const { dir, store, folder, auto } = await setUp();
    await expect(auto.configure({ folder: 'relative/folder', keep: 3 })).rejects.toMatchObject({
      message: '“relative/folder” is not a full folder path.',
    });
    await expect(auto.configure({ folder: join(folder, 'missing'), keep: 3 })).rejects.toMatchObject({
      message: expect.stringMatching(/^There is no folder /),
    });
    await mkdir(join(dir, 'inside'));
    await expect(auto.configure({ folder: join(dir, 'inside'), keep: 3 })).rejects.toMatchObject({
      message: expect.stringMatching(/outside the library/),
    });
    expect(await auto.status()).toEqual({ folder: null, keep: 14, lastBackupAt: null, lastError: null });

    const target = join(folder, 'backups');
    await mkdir(target);
    await auto.configure({ folder: target, keep: 3 });
    const settings = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'));
    expect(settings).toMatchObject({ schemaVersion: 1, autoBackup: { folder: target, keep: 3 } });
    await fixture.close(store);

    const reopened = await fixture.open(dir);
    const again = new AutoBackups(reopened, {
      appVersion: '3.0.0',
      now: () => new Date(Date.parse(settings.autoBackup.lastBackupAt) + 2 * AUTO_BACKUP_INTERVAL_MS),
    });
    expect(await again.status()).toMatchObject({ folder: target, keep: 3 });
    // The folder goes away: the next backup fails, says why, and the library is fine.
    await rm(target, { recursive: true });
    await again.runIfDue();
    expect((await again.status()).lastError).toMatch(/^The automatic backup to .+ failed: /);
    expect(reopened.list().briefs).toHaveLength(1);
  });
});
