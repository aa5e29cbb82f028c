import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../../main/runtime/handlers/create-handlers';
import { FileKeySecretStore } from '../../../../../main/services/publish/secret-store-file-key';
import type { ApiHandlers } from '../../../../../shared/api/contract';
import { call, expectFailure } from '../../../support/handler-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();
const PASSWORD = 'QwEr tYuI 9876 zXcV bNmA 5432';

async function setup(): Promise<{ handlers: ApiHandlers; dataDir: string; keyDir: string }> {
  const keyDir = await fixture.tempDir();
  const store = await fixture.open(await fixture.tempDir());
  const handlers = createHandlers(store, {
    version: '1.2.3',
    shell: 'browser',
    secrets: new FileKeySecretStore(join(keyDir, 'k.key'), store.dataDir),
  });
  return { handlers, dataDir: store.dataDir, keyDir };
}

describe('publishing targets', () => {
  it('stores a WordPress password encrypted and never answers it', async () => {
    const { handlers, dataDir } = await setup();
    const outputs: unknown[] = [];
    const saved = await call(handlers, 'saveTarget', {
      name: 'Valley Site',
      kind: 'wordpress',
      url: 'http://127.0.0.1:9/',
      username: 'editor',
      applicationPassword: PASSWORD,
    });
    outputs.push(saved);
    expect(saved).toEqual({
      id: 'valley-site',
      name: 'Valley Site',
      kind: 'wordpress',
      url: 'http://127.0.0.1:9/',
      username: 'editor',
      hasPassword: true,
    });
    outputs.push(
      await call(handlers, 'saveTarget', {
        id: 'valley-site',
        name: 'Valley Site',
        kind: 'wordpress',
        url: 'http://127.0.0.1:9/blog',
        username: 'editor',
      }),
    );
    outputs.push(await call(handlers, 'saveTarget', { name: 'Static copy', kind: 'folder', folder: join(dataDir, '..', 'site-out') }));
    const listed = await call(handlers, 'listTargets', {});
    outputs.push(listed);
    expect(listed).toMatchObject({
      targets: [
        { id: 'valley-site', url: 'http://127.0.0.1:9/blog', hasPassword: true },
        { id: 'static-copy', kind: 'folder' },
      ],
    });
    expect((listed as { passwordStorage: string }).passwordStorage).toMatch(/AES-256-GCM/);
    outputs.push(
      await call(handlers, 'testTarget', {
        id: 'valley-site',
        name: 'Valley Site',
        kind: 'wordpress',
        url: 'http://127.0.0.1:9/',
        username: 'editor',
      }),
    );

    const file = await readFile(join(dataDir, 'targets.json'), 'utf8');
    expect(file).toContain('valley-site');
    for (const text of [file, JSON.stringify(outputs)]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(PASSWORD.replaceAll(' ', ''));
      expect(text).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    }
    // The kept (not re-entered) password was the one used to test: the site was simply unreachable.
    expect(outputs[4]).toMatchObject({ ok: false, problem: 'unreachable', retryable: true });
  });

  it('refuses a new WordPress target without a password, duplicate names and bad settings with clear messages', async () => {
    const { handlers } = await setup();
    expect(
      await handlersResult(handlers, 'saveTarget', { name: 'No password', kind: 'wordpress', url: 'https://example.org', username: 'a' }),
    ).toMatch(/needs an application password/);
    await call(handlers, 'saveTarget', { name: 'Folder', kind: 'folder', folder: '/tmp/briefdesk-folder-target' });
    expect(await handlersResult(handlers, 'saveTarget', { name: 'folder', kind: 'folder', folder: '/tmp/other' })).toMatch(
      /already a target named/,
    );
    expect(await handlersResult(handlers, 'saveTarget', { name: 'Relative', kind: 'folder', folder: 'out/site' })).toMatch(/absolute path/);
    await expectFailure(
      handlers,
      'saveTarget',
      { name: 'Bad URL', kind: 'wordpress', url: 'ftp://example.org', username: 'a', applicationPassword: 'x' },
      'invalid_input',
    );
    await expectFailure(handlers, 'deleteTarget', { id: 'nothing-here' }, 'not_found');
    expect(await call(handlers, 'deleteTarget', { id: 'folder' })).toEqual({ ok: true });
    expect(await call(handlers, 'listTargets', {})).toMatchObject({ targets: [] });
  });

  it('a password stored under another key is reported, not used', async () => {
    const keyDir = await fixture.tempDir();
    const store = await fixture.open(await fixture.tempDir());
    const handlers = createHandlers(store, { version: '1', shell: 'browser', secrets: new FileKeySecretStore(join(keyDir, 'first.key')) });
    await call(handlers, 'saveTarget', {
      name: 'Keyed',
      kind: 'wordpress',
      url: 'http://127.0.0.1:9/',
      username: 'e',
      applicationPassword: PASSWORD,
    });
    await fixture.close(store);
    const reopened = await fixture.open(store.dataDir);
    const other = createHandlers(reopened, { version: '1', shell: 'browser', secrets: new FileKeySecretStore(join(keyDir, 'second.key')) });
    await call(other, 'saveTarget', {
      name: 'Other',
      kind: 'wordpress',
      url: 'http://127.0.0.1:9/',
      username: 'e',
      applicationPassword: 'x',
    });
    expect(
      await handlersResult(other, 'testTarget', {
        id: 'keyed',
        name: 'Keyed',
        kind: 'wordpress',
        url: 'http://127.0.0.1:9/',
        username: 'e',
      }),
    ).toMatch(/cannot be decrypted with the key in .*second\.key.*enter it again/);
  });
});

/** The failure message of a call (fails the test when it succeeds). */
async function handlersResult(handlers: ApiHandlers, name: string, input: unknown): Promise<string> {
  const { dispatch } = await import('../../../../../shared/api/dispatch');
  const result = await dispatch(handlers, name, input);
  if (result.ok) throw new Error(`${name} should have failed`);
  return result.error.message;
}
