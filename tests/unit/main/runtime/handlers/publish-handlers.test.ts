import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../../main/runtime/handlers/create-handlers';
import { FileKeySecretStore } from '../../../../../main/services/publish/secret-store-file-key';
import { contract } from '../../../../../shared/api/contract';
import { call, expectFailure } from '../../../support/handler-fixtures';
import { createPublishable, publishableContent } from '../../../support/publish-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

async function setup() {
  const root = await fixture.tempDir();
  const store = await fixture.open(join(root, 'library'));
  const handlers = createHandlers(store, {
    version: '9.9.9',
    shell: 'browser',
    secrets: new FileKeySecretStore(join(root, 'keys', 'k.key')),
  });
  return { root, store, handlers };
}

describe('the publishing methods of the contract', () => {
  it('check, publish to a folder, list where it is published, see changes since, unpublish', async () => {
    const { root, store, handlers } = await setup();
    const site = join(root, 'site');
    await call(handlers, 'saveTarget', { name: 'Folder site', kind: 'folder', folder: site, baseUrl: 'https://briefs.example.org/' });
    const id = await createPublishable(store, 'Through the contract');
    expect(await call(handlers, 'checkBrief', { id })).toEqual({ errors: [], warnings: [] });

    const outcome = await call(handlers, 'publishBrief', { id, targetId: 'folder-site' });
    expect(contract.publishBrief.output.parse(outcome)).toMatchObject({
      state: 'published',
      publication: { link: 'https://briefs.example.org/through-the-contract/', status: 'publish', changedSince: false },
    });
    expect(await readFile(join(site, 'through-the-contract', 'index.html'), 'utf8')).toContain('Through the contract');
    expect(await call(handlers, 'listPublications', { id })).toMatchObject({
      publications: [{ targetName: 'Folder site', changedSince: false }],
    });

    const brief = await store.get(id);
    await store.save(id, publishableContent('Through the contract, revised'), brief.revision);
    expect(await call(handlers, 'listPublications', { id })).toMatchObject({ publications: [{ changedSince: true }] });

    expect(await call(handlers, 'unpublish', { id, targetId: 'folder-site' })).toEqual({ removed: true });
    expect(await call(handlers, 'listPublications', { id })).toEqual({ publications: [] });
    await expectFailure(handlers, 'publishBrief', { id, targetId: 'folder-site', status: 'future' }, 'invalid_input');
    await expectFailure(handlers, 'publishBrief', { id, targetId: 'missing-target' }, 'not_found');
  });

  it('outbox methods: list, retry, cancel, and resolve only what waits for a decision', async () => {
    const { root, store, handlers } = await setup();
    await writeFile(join(root, 'mount'), 'a file');
    await call(handlers, 'saveTarget', { name: 'Blocked', kind: 'folder', folder: join(root, 'mount', 'site') });
    const id = await createPublishable(store, 'Waiting in the outbox');
    const queued = contract.publishBrief.output.parse(await call(handlers, 'publishBrief', { id, targetId: 'blocked' }));
    if (queued.state !== 'queued') throw new Error(`expected queued, got ${queued.state}`);
    const listed = await call(handlers, 'listOutbox', {});
    expect(contract.listOutbox.output.parse(listed).jobs).toMatchObject([{ id: queued.job.id, state: 'queued' }]);
    expect(JSON.stringify(listed)).not.toContain('"content"');
    await expectFailure(handlers, 'resolveJob', { jobId: queued.job.id, action: 'overwrite' }, 'conflict');
    expect(await call(handlers, 'retryJob', { jobId: queued.job.id })).toMatchObject({ state: 'queued', job: { attempts: 2 } });
    expect(await call(handlers, 'cancelJob', { jobId: queued.job.id })).toEqual({ ok: true });
    expect(await call(handlers, 'listOutbox', {})).toEqual({ jobs: [] });
    await expectFailure(handlers, 'retryJob', { jobId: queued.job.id }, 'not_found');
  });

  it('a job left running by a stopped process is queued again when the library opens', async () => {
    const { root, store, handlers } = await setup();
    await call(handlers, 'saveTarget', { name: 'Site', kind: 'folder', folder: join(root, 'mount', 'site') });
    const id = await createPublishable(store, 'Interrupted');
    await writeFile(join(root, 'mount'), 'blocks the folder');
    const queued = contract.publishBrief.output.parse(await call(handlers, 'publishBrief', { id, targetId: 'site' }));
    if (queued.state !== 'queued') throw new Error('expected queued');
    await fixture.close(store);
    const path = join(root, 'library', 'outbox.json');
    const file = JSON.parse(await readFile(path, 'utf8')) as { items: { state: string }[] };
    file.items[0]!.state = 'running';
    await writeFile(path, JSON.stringify(file));
    const reopened = await fixture.open(join(root, 'library'));
    const again = createHandlers(reopened, {
      version: '9.9.9',
      shell: 'browser',
      secrets: new FileKeySecretStore(join(root, 'keys', 'k.key')),
    });
    expect(await call(again, 'listOutbox', {})).toMatchObject({ jobs: [{ id: queued.job.id, state: 'queued' }] });
  });
});
