import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { publishServiceOf } from '../../main/services/publish/publish-service';
import { electronDouble, resetElectronDouble } from './desktop-electron-double';
import { createPublishable } from './publish-fixtures';
import { storeFixture } from './store-fixtures';

vi.mock('electron', async () => (await import('./desktop-electron-double')).electronDouble);
const { setupOutbox } = await import('../../main/desktop/outbox');
const { safeStorageSecretStore } = await import('../../main/desktop/safe-storage-secret-store');

const fixture = storeFixture();

describe('the desktop outbox', () => {
  beforeEach(() => resetElectronDouble());

  it('tries the queued publishes again when the computer wakes, and stops before the library closes', async () => {
    const root = await fixture.tempDir();
    const store = await fixture.open(join(root, 'library'));
    const secrets = safeStorageSecretStore();
    const service = await publishServiceOf(store, { secrets, generator: 'Briefdesk test' });
    await writeFile(join(root, 'share'), 'not mounted');
    const target = await service.targets.save({ name: 'Share', kind: 'folder', folder: join(root, 'share', 'site') });
    const id = await createPublishable(store, 'Sent after waking');
    expect((await service.publish({ id, targetId: target.id, status: 'publish', acknowledgeWarnings: false, overwrite: false })).state).toBe('queued');

    const runner = setupOutbox(() => store, secrets, '1.0.0');
    await rm(join(root, 'share'));
    await mkdir(join(root, 'share'));
    const woke = vi.spyOn(runner, 'networkMayBeBack');
    electronDouble.powerMonitor.emit('resume');
    expect(woke).toHaveBeenCalledTimes(1);
    await woke.mock.results[0]?.value;
    expect(service.listOutbox()).toEqual([]);
    expect(await service.listPublications(id)).toMatchObject([{ targetId: target.id }]);
    await runner.stop();
  });
});
