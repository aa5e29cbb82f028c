import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BriefdeskError } from '../../../shared/model/errors';
import { defaultDataDir } from '../library/data-dir';
import { errorCode, ioError } from '../library/io-error';
import type { SecretStore } from './secret-store';

/** Prefix of a secret sealed with a key file: version 1, AES-256-GCM. */
const PREFIX = 'aesgcm1:';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Where the browser shell and the CLI keep the key by default: beside the
 * default library folder, never inside any library (so a library backup
 * does not carry it) — `<config>/Briefdesk Keys/publishing.key`, or
 * BRIEFDESK_KEY_FILE when set.
 */
export function defaultKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BRIEFDESK_KEY_FILE) return path.resolve(env.BRIEFDESK_KEY_FILE);
  return path.join(path.dirname(defaultDataDir()), 'Briefdesk Keys', 'publishing.key');
}

/** True when `file` is `dir` or inside it. */
function isInside(file: string, dir: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Secrets sealed with AES-256-GCM under a random 256-bit key kept in a key
 * file (created on first use, mode 0600, in a folder of mode 0700). The key
 * file must be outside the library folder: a library backup then carries
 * only ciphertext. Sealed form: `aesgcm1:` + base64(iv ‖ tag ‖ ciphertext).
 */
export class FileKeySecretStore implements SecretStore {
  readonly keyFile: string;
  readonly description: string;
  #key: Promise<Buffer> | null = null;

  /** `libraryDir`: the library the secrets belong to; a key file inside it is refused. */
  constructor(keyFile: string, libraryDir?: string) {
    this.keyFile = path.resolve(keyFile);
    if (libraryDir !== undefined && isInside(this.keyFile, libraryDir)) {
      throw new BriefdeskError(
        'invalid_input',
        `The key file ${this.keyFile} is inside the library folder; keep it outside, so backups do not carry it.`,
      );
    }
    this.description = `Application passwords are encrypted (AES-256-GCM) with a key kept outside the library, in ${this.keyFile}, readable by you only.`;
  }

  async seal(secret: string): Promise<string> {
    const key = await this.#loadKey(true);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
  }

  async open(sealed: string): Promise<string> {
    if (!sealed.startsWith(PREFIX)) {
      throw new BriefdeskError(
        'forbidden',
        'The stored password was not encrypted with a key file (it was saved by another kind of Briefdesk); enter it again.',
      );
    }
    const bytes = Buffer.from(sealed.slice(PREFIX.length), 'base64');
    const key = await this.#loadKey(false);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new BriefdeskError(
        'forbidden',
        `The stored password cannot be decrypted with the key in ${this.keyFile} (a different key, or the password was saved on another computer); enter it again.`,
      );
    }
  }

  #loadKey(create: boolean): Promise<Buffer> {
    const loading = this.#key ?? this.#readOrCreate(create);
    if (!this.#key) {
      this.#key = loading;
      loading.catch(() => (this.#key = null));
    }
    return loading;
  }

  async #readOrCreate(create: boolean): Promise<Buffer> {
    try {
      const key = await readFile(this.keyFile);
      if (key.length !== KEY_BYTES)
        throw new BriefdeskError(
          'damaged',
          `The key file ${this.keyFile} is not a Briefdesk key (${key.length} bytes, expected ${KEY_BYTES}).`,
        );
      return key;
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error instanceof BriefdeskError ? error : ioError('read', this.keyFile, error);
      if (!create)
        throw new BriefdeskError(
          'forbidden',
          `The key file ${this.keyFile} is missing, so the stored password cannot be decrypted; enter it again.`,
        );
    }
    const key = randomBytes(KEY_BYTES);
    try {
      await mkdir(path.dirname(this.keyFile), { recursive: true, mode: 0o700 });
      // 'wx': never replace a key another process has just written.
      await writeFile(this.keyFile, key, { mode: 0o600, flag: 'wx' });
      await chmod(this.keyFile, 0o600);
      return key;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return readFile(this.keyFile);
      throw ioError('write', this.keyFile, error);
    }
  }
}
