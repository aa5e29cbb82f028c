import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRuntime } from '../../../../main/runtime/runtime';
import { publishServiceOf } from '../../../../main/services/publish/publish-service';
import { electronDouble, resetElectronDouble } from '../electron-double';
import { createPublishable } from '../../support/publish-fixtures';
import { storeFixture } from '../../support/store-fixtures';

vi.mock('electron', async () => (await import('../electron-double')).electronDouble);
const { setupWakeOnResume } = await import('../../../../main/desktop/wake-on-resume');
const { safeStorageSecretStore } = await import('../../../../main/desktop/safe-storage-secret-store');

const fixture = storeFixture();

describe('the desktop outbox', () => {
  beforeEach(() => resetElectronDouble());

  it('tries the queued publishes again when the computer wakes, and stops before the library closes', async () => {
    const root = await fixture.tempDir();
    const dataDir = join(root, 'library');
    const secrets = safeStorageSecretStore();
    const store = await fixture.open(dataDir);
    const service = await publishServiceOf(store, { secrets, generator: 'Briefdesk test' });
    await writeFile(join(root, 'share'), 'not mounted');
    const target = await service.targets.save({ name: 'Share', kind: 'folder', folder: join(root, 'share', 'site') });
    const id = await createPublishable(store, 'Sent after waking');
    expect(
      (await service.publish({ id, targetId: target.id, status: 'publish', acknowledgeWarnings: false, overwrite: false })).state,
    ).toBe('queued');
    await fixture.close(store);

    const runtime = createRuntime({ dataDir, version: '1.0.0', shell: 'desktop', secrets });
    const stopped: string[] = [];
    runtime.events.on('stopped', (part) => stopped.push(part));
    const library = await runtime.start();
    setupWakeOnResume(runtime);
    await rm(join(root, 'share'));
    await mkdir(join(root, 'share'));
    const woke = vi.spyOn(runtime, 'wakeOutbox');
    electronDouble.powerMonitor.emit('resume');
    expect(woke).toHaveBeenCalledTimes(1);
    expect(await woke.mock.results[0]?.value).toBe(true);
    const sent = await publishServiceOf(library.current, { secrets, generator: 'Briefdesk test' });
    expect(sent.listOutbox()).toEqual([]);
    expect(await sent.listPublications(id)).toMatchObject([{ targetId: target.id }]);
    await runtime.stop();
    expect(stopped.indexOf('outbox')).toBeLessThan(stopped.indexOf('library'));
  });
});
