import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FileKeySecretStore } from '../../../../../main/services/publish/secret-store-file-key';
import { electronDouble, resetElectronDouble } from '../../electron-double';
import { storeFixture } from '../../../support/store-fixtures';

vi.mock('electron', async () => (await import('../../electron-double')).electronDouble);
const { safeStorageSecretStore } = await import('../../../../../main/desktop/safe-storage-secret-store');

const fixture = storeFixture();
const PASSWORD = 'abcd EFGH 1234 ijkl MNOP 5678';

describe('the key-file secret store (browser shell and CLI)', () => {
  it('round-trips a password, never stores it in clear, and keeps the key readable by its owner only', async () => {
    const dir = await fixture.tempDir();
    const secrets = new FileKeySecretStore(join(dir, 'keys', 'publishing.key'));
    const sealed = await secrets.seal(PASSWORD);
    expect(sealed).not.toContain(PASSWORD);
    expect(sealed).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    expect(await secrets.seal(PASSWORD)).not.toBe(sealed);
    expect(await secrets.open(sealed)).toBe(PASSWORD);
    expect(await new FileKeySecretStore(join(dir, 'keys', 'publishing.key')).open(sealed)).toBe(PASSWORD);
    expect((await stat(join(dir, 'keys', 'publishing.key'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'keys'))).mode & 0o077).toBe(0);
  });

  it('says plainly that another key cannot open the password', async () => {
    const dir = await fixture.tempDir();
    const sealed = await new FileKeySecretStore(join(dir, 'one.key')).seal(PASSWORD);
    await expect(new FileKeySecretStore(join(dir, 'two.key')).open(sealed)).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/two\.key is missing/),
    });
    await new FileKeySecretStore(join(dir, 'two.key')).seal('another');
    await expect(new FileKeySecretStore(join(dir, 'two.key')).open(sealed)).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/cannot be decrypted with the key in .*two\.key.*enter it again/),
    });
    const tampered = `${sealed.slice(0, -4)}AAA=`;
    await expect(new FileKeySecretStore(join(dir, 'one.key')).open(tampered)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses a damaged key file and a key file inside the library folder', async () => {
    const dir = await fixture.tempDir();
    await writeFile(join(dir, 'short.key'), 'too short');
    await expect(new FileKeySecretStore(join(dir, 'short.key')).seal(PASSWORD)).rejects.toMatchObject({ code: 'damaged' });
    expect(() => new FileKeySecretStore(join(dir, 'library', 'x.key'), join(dir, 'library'))).toThrow(/inside the library folder/);
  });
});

describe('the desktop secret store (Electron safeStorage)', () => {
  beforeEach(() => resetElectronDouble());

  it('seals through safeStorage and opens it back', async () => {
    const secrets = safeStorageSecretStore();
    const sealed = await secrets.seal(PASSWORD);
    expect(electronDouble.safeStorage.encryptString).toHaveBeenCalledWith(PASSWORD);
    expect(sealed).toMatch(/^safestorage1:/);
    expect(sealed).not.toContain(PASSWORD);
    expect(await secrets.open(sealed)).toBe(PASSWORD);
  });

  it('refuses to store when the keychain is not available, and explains what cannot be opened', async () => {
    electronDouble.safeStorage.available = false;
    await expect(safeStorageSecretStore().seal(PASSWORD)).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(/keychain is not available/),
    });
    await expect(safeStorageSecretStore().open('aesgcm1:AAAA')).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/enter it again/),
    });
    await expect(safeStorageSecretStore().open(`safestorage1:${Buffer.from('garbage').toString('base64')}`)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
