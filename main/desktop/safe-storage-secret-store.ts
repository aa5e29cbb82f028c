import { safeStorage } from 'electron';
import { BriefdeskError } from '../../shared/model/errors';
import type { SecretStore } from '../services/publish/secret-store';

/** Prefix of a secret sealed by Electron's safeStorage. */
const PREFIX = 'safestorage1:';

/**
 * The desktop app's SecretStore: Electron's safeStorage (the system
 * keychain — Keychain on macOS, DPAPI on Windows, the Secret Service or
 * kwallet on Linux). Sealed form: `safestorage1:` + base64.
 */
export function safeStorageSecretStore(): SecretStore {
  return {
    description: 'Application passwords are encrypted with the system keychain (Electron safeStorage).',
    async seal(secret: string): Promise<string> {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new BriefdeskError('unsupported', 'The system keychain is not available, so the password cannot be stored encrypted.');
      }
      return PREFIX + safeStorage.encryptString(secret).toString('base64');
    },
    async open(sealed: string): Promise<string> {
      if (!sealed.startsWith(PREFIX)) {
        throw new BriefdeskError(
          'forbidden',
          'The stored password was not encrypted with the system keychain (it was saved by the browser version or the command line); enter it again.',
        );
      }
      try {
        return safeStorage.decryptString(Buffer.from(sealed.slice(PREFIX.length), 'base64'));
      } catch {
        throw new BriefdeskError('forbidden', 'The stored password cannot be decrypted with this computer’s keychain; enter it again.');
      }
    },
  };
}
