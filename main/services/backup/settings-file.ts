import { join } from 'node:path';
import { z } from 'zod';
import { AutoBackupSettings } from '../../../shared/model/library-backup';
import { IsoDateTime } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { describeIssues } from '../library/brief-validation';
import { DurableJsonFile } from '../library/durable-json-file';
import { parseVersioned } from '../library/parse-versioned';
import { quarantineFile } from '../library/quarantine';

/** settings.json in the data dir. */
export const SETTINGS_FILE = 'settings.json';
/** Version of settings.json. Bump it with a migration. */
export const SETTINGS_SCHEMA_VERSION = 1;

/** The automatic-backup part of settings.json: the analyst's settings and when the last one was made. */
export const StoredAutoBackup = AutoBackupSettings.extend({ lastBackupAt: IsoDateTime.nullable() });
export type StoredAutoBackup = z.infer<typeof StoredAutoBackup>;

/** settings.json: loose, so sections added later survive a rewrite by this version. */
const SettingsData = z.looseObject({ schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION), autoBackup: StoredAutoBackup });
type SettingsData = z.infer<typeof SettingsData>;

/** Automatic backups off, keeping the last 14. */
export function defaultAutoBackup(): StoredAutoBackup {
  return { folder: null, keep: 14, lastBackupAt: null };
}

function parseSettings(value: unknown): SettingsData {
  return parseVersioned(value, {
    schema: SettingsData,
    version: SETTINGS_SCHEMA_VERSION,
    newer: (found) => `The settings were written by a newer version of Briefdesk (format ${found}).`,
    damaged: (error) => `Does not match the settings format: ${describeIssues(error)}`,
  });
}

/**
 * The library's settings.json, read and written durably through the same
 * adapter as the other JSON files. A damaged file is moved to quarantine/
 * and the defaults used; one from a newer Briefdesk is read as defaults and
 * never overwritten.
 */
export class SettingsFile {
  readonly #file: DurableJsonFile<SettingsData>;
  readonly #dataDir: string;
  #data: SettingsData = { schemaVersion: SETTINGS_SCHEMA_VERSION, autoBackup: defaultAutoBackup() };
  #refusal: BriefdeskError | null = null;

  constructor(dataDir: string) {
    this.#dataDir = dataDir;
    this.#file = new DurableJsonFile(join(dataDir, SETTINGS_FILE), parseSettings);
  }

  /** The automatic-backup settings. */
  get autoBackup(): StoredAutoBackup {
    return { ...this.#data.autoBackup };
  }

  /** Read the file (missing: defaults). `readOnly`: a damaged file is left where it is. */
  async load(options: { readOnly: boolean; now: Date }): Promise<void> {
    try {
      const data = await this.#file.read();
      if (data) this.#data = data;
    } catch (error) {
      if (!(error instanceof BriefdeskError)) throw error;
      if (error.code === 'unsupported') this.#refusal = error;
      else if (error.code !== 'damaged') throw error;
      else if (!options.readOnly) await quarantineFile(this.#dataDir, this.#file.path, 'settings', options.now);
    }
  }

  /** Replace the automatic-backup settings and write the file. */
  async setAutoBackup(autoBackup: StoredAutoBackup): Promise<void> {
    if (this.#refusal) throw this.#refusal;
    const next = { ...this.#data, autoBackup: StoredAutoBackup.parse(autoBackup) };
    await this.#file.write(next);
    this.#data = next;
  }
}
