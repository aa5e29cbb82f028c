import { randomBytes } from 'node:crypto';
import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import { z } from 'zod';
import { BriefdeskError } from '../../../shared/model/errors';
import {
  FolderTarget,
  type ParsedTargetInput,
  PublicWordPressTarget,
  type PublishTarget,
  TargetInput,
} from '../../../shared/publish/target';
import { CollectionFile } from '../library/collection-file';
import { KeyedQueue } from '../library/keyed-queue';
import type { SecretStore } from './secret-store';
import type { WordPressTarget } from './wordpress';

/** Version of targets.json. */
export const TARGETS_SCHEMA_VERSION = 1;

/** A target as kept in targets.json: a WordPress target's password only in sealed (encrypted) form. */
export const StoredTarget = z.discriminatedUnion('kind', [
  PublicWordPressTarget.omit({ hasPassword: true }).extend({
    /** The application password as SecretStore.seal returned it, or null. */
    sealedPassword: z.string().nullable(),
  }),
  FolderTarget,
]);
export type StoredTarget = z.infer<typeof StoredTarget>;

/** What the renderer may see of a stored target: never the password. */
export function publicTarget(target: StoredTarget): PublishTarget {
  if (target.kind === 'folder') return { id: target.id, name: target.name, kind: 'folder', folder: target.folder, baseUrl: target.baseUrl };
  return {
    id: target.id,
    name: target.name,
    kind: 'wordpress',
    url: target.url,
    username: target.username,
    hasPassword: target.sealedPassword !== null,
  };
}

/** An id for a new target, from its name (`harbour-desk-site`), unique in `taken`. */
function newTargetId(name: string, taken: ReadonlySet<string>): string {
  const base = slugify(name).slice(0, 48).replace(/-+$/, '') || 'target';
  if (!taken.has(base)) return base;
  for (;;) {
    const candidate = `${base}-${randomBytes(3).toString('hex')}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Checks a target's settings; throws 'invalid_input' with the first problem in words. */
export function parseTargetInput(input: unknown): ParsedTargetInput {
  const parsed = TargetInput.safeParse(input);
  if (!parsed.success) throw new BriefdeskError('invalid_input', parsed.error.issues[0]?.message ?? 'The target settings are not usable.');
  return parsed.data;
}

/**
 * The library's publishing targets: targets.json (lowdb, durable writes,
 * through CollectionFile). WordPress application passwords are sealed by a
 * SecretStore before they are written and opened only to publish or test.
 */
export class TargetStore {
  readonly #file: CollectionFile<StoredTarget>;
  readonly #secrets: SecretStore;
  readonly #queue = new KeyedQueue();

  private constructor(file: CollectionFile<StoredTarget>, secrets: SecretStore) {
    this.#file = file;
    this.#secrets = secrets;
  }

  /** Opens targets.json in `dataDir`. */
  static async open(dataDir: string, secrets: SecretStore, options: { readOnly?: boolean; now?: () => Date } = {}): Promise<TargetStore> {
    const file = new CollectionFile<StoredTarget>({
      dataDir,
      fileName: 'targets.json',
      schemaVersion: TARGETS_SCHEMA_VERSION,
      item: StoredTarget,
      label: 'publishing targets',
      readOnly: options.readOnly ?? false,
      now: options.now ?? (() => new Date()),
    });
    await file.load();
    return new TargetStore(file, secrets);
  }

  /** Every target, as the renderer may see it, in the order they were added. */
  list(): PublishTarget[] {
    return this.#file.items.map(publicTarget);
  }

  /** The stored target `id`; throws 'not_found'. */
  stored(id: string): StoredTarget {
    const target = this.#file.items.find((item) => item.id === id);
    if (!target) throw new BriefdeskError('not_found', `There is no publishing target “${id}”.`);
    return target;
  }

  /** The target with this id, or else this name (case-insensitive); throws 'not_found'. */
  find(idOrName: string): StoredTarget {
    const wanted = idOrName.trim().toLowerCase();
    const target =
      this.#file.items.find((item) => item.id === idOrName) ?? this.#file.items.find((item) => item.name.toLowerCase() === wanted);
    if (!target) throw new BriefdeskError('not_found', `There is no publishing target named “${idOrName}”.`);
    return target;
  }

  /**
   * The settings `input` describes, checked, with the password resolved
   * (given, or the stored one of the same target) — not saved.
   */
  async resolve(input: unknown): Promise<{ stored: StoredTarget; password: string | null }> {
    const parsed = parseTargetInput(input);
    const previous = parsed.id === undefined ? undefined : this.stored(parsed.id);
    if (previous && previous.kind !== parsed.kind) {
      throw new BriefdeskError(
        'invalid_input',
        `“${previous.name}” is a ${previous.kind === 'folder' ? 'folder' : 'WordPress'} target; its kind cannot change.`,
      );
    }
    const sameName = this.#file.items.find((item) => item.name.toLowerCase() === parsed.name.toLowerCase() && item.id !== parsed.id);
    if (sameName) throw new BriefdeskError('conflict', `There is already a target named “${sameName.name}”.`);
    const id = parsed.id ?? newTargetId(parsed.name, new Set(this.#file.items.map((item) => item.id)));
    if (parsed.kind === 'folder') {
      if (!path.isAbsolute(parsed.folder)) throw new BriefdeskError('invalid_input', 'The site folder must be an absolute path.');
      return {
        stored: { id, name: parsed.name, kind: 'folder', folder: path.normalize(parsed.folder), baseUrl: parsed.baseUrl },
        password: null,
      };
    }
    const previousSealed = previous?.kind === 'wordpress' ? previous.sealedPassword : null;
    const password = parsed.applicationPassword ?? (previousSealed === null ? null : await this.#secrets.open(previousSealed));
    const stored: StoredTarget = {
      id,
      name: parsed.name,
      kind: 'wordpress',
      url: parsed.url,
      username: parsed.username,
      sealedPassword: previousSealed,
    };
    return { stored, password };
  }

  /** Adds or changes a target (see TargetInput); a new WordPress target needs its application password. */
  async save(input: unknown): Promise<PublishTarget> {
    return this.#queue.run('file', async () => {
      const parsed = parseTargetInput(input);
      const { stored } = await this.resolve(parsed);
      if (stored.kind === 'wordpress') {
        if (parsed.kind === 'wordpress' && parsed.applicationPassword !== undefined) {
          stored.sealedPassword = await this.#secrets.seal(parsed.applicationPassword);
        }
        if (stored.sealedPassword === null) throw new BriefdeskError('invalid_input', 'A WordPress target needs an application password.');
      }
      const items = this.#file.items;
      const index = items.findIndex((item) => item.id === stored.id);
      await this.#file.write(index === -1 ? [...items, stored] : items.map((item, at) => (at === index ? stored : item)));
      return publicTarget(stored);
    });
  }

  /** Removes a target and its sealed password; throws 'not_found'. */
  async delete(id: string): Promise<void> {
    await this.#queue.run('file', async () => {
      this.stored(id);
      await this.#file.write(this.#file.items.filter((item) => item.id !== id));
    });
  }

  /** What the WordPress publisher needs for `target`, password opened; throws when none is stored or it cannot be decrypted. */
  async wordpress(target: StoredTarget): Promise<WordPressTarget> {
    if (target.kind !== 'wordpress') throw new BriefdeskError('invalid_input', `“${target.name}” is not a WordPress target.`);
    if (target.sealedPassword === null)
      throw new BriefdeskError('invalid_input', `No application password is stored for “${target.name}”.`);
    return {
      id: target.id,
      url: target.url,
      username: target.username,
      applicationPassword: await this.#secrets.open(target.sealedPassword),
    };
  }
}
