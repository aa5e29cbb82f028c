import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import type { DamagedBrief } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { describeIssues } from './brief-validation';
import { DurableJsonFile } from './durable-json-file';
import type { LibraryContext } from './library-context';
import { parseVersioned } from './parse-versioned';
import { quarantineFile } from './quarantine';

/** How a collection file is named, checked and kept. */
export interface CollectionFileOptions<T> {
  dataDir: string;
  /** File name in the data dir, e.g. "templates.json". */
  fileName: string;
  /** Current version of the file format. */
  schemaVersion: number;
  /** Schema of one item; may carry extra checks (refinements) that throw nothing. */
  item: z.ZodType<T>;
  /** What the file holds, for messages ("templates", "desk library"). */
  label: string;
  /** Report a damaged file where it is instead of moving it. */
  readOnly: boolean;
  now: () => Date;
}

/** A collection file that could not be used, as reported in the library listing. */
export interface UnusableFile {
  report: DamagedBrief;
  /** True when it was moved to quarantine/ (damaged); false when left where it is (read-only, or from a newer version). */
  movedAside: boolean;
}

interface CollectionData<T> {
  schemaVersion: number;
  items: T[];
}

/**
 * One JSON file of items with ids — `{ schemaVersion, items: [...] }` —
 * read and written through lowdb with the durable adapter. It is the only
 * thing that touches its file. A file that is not valid (bad JSON, wrong
 * shape, duplicate ids) is moved to quarantine/ untouched and the collection
 * starts empty; a file from a newer Briefdesk is left alone and the
 * collection becomes read-only. Items in memory change only once the write
 * has succeeded.
 */
export class CollectionFile<T extends { id: string }> {
  readonly path: string;
  readonly #options: CollectionFileOptions<T>;
  readonly #db: Low<CollectionData<T>>;
  #items: readonly T[] = [];
  /** Why writes are refused (a file from a newer version that must not be overwritten), or null. */
  #refusal: BriefdeskError | null = null;

  /** The file of a part of the library (templates, desk library): in its data dir, read-only when it is, on its clock. */
  static ofLibrary<T extends { id: string }>(
    cx: LibraryContext,
    file: Pick<CollectionFileOptions<T>, 'fileName' | 'schemaVersion' | 'item' | 'label'>,
  ): CollectionFile<T> {
    return new CollectionFile({ ...file, dataDir: cx.dataDir, readOnly: cx.readOnly, now: cx.now });
  }

  constructor(options: CollectionFileOptions<T>) {
    this.#options = options;
    this.path = join(options.dataDir, options.fileName);
    const schema = z.object({ schemaVersion: z.literal(options.schemaVersion), items: z.array(options.item) });
    this.#db = new Low<CollectionData<T>>(new DurableJsonFile(this.path, (value) => this.#parse(schema, value)), {
      schemaVersion: options.schemaVersion,
      items: [],
    });
  }

  /** The items, in file order. */
  get items(): readonly T[] {
    return this.#items;
  }

  /**
   * Read the file. Returns what to report when it could not be used (moved
   * to quarantine/, or left alone because a newer Briefdesk wrote it), or null.
   */
  async load(): Promise<UnusableFile | null> {
    const { now, readOnly, dataDir, fileName } = this.#options;
    try {
      const data = await this.#db.adapter.read();
      this.#items = data?.items ?? [];
      return null;
    } catch (error) {
      if (!(error instanceof BriefdeskError)) throw error;
      const at = now();
      const report = (movedTo: string): DamagedBrief => ({
        id: fileName,
        movedTo,
        reason: error.message,
        detectedAt: at.toISOString(),
      });
      if (error.code === 'unsupported') {
        this.#refusal = error;
        return { report: report(fileName), movedAside: false };
      }
      if (error.code !== 'damaged') throw error;
      if (readOnly) return { report: report(fileName), movedAside: false };
      const stem = fileName.replace(/\.json$/, '');
      return { report: report(await quarantineFile(dataDir, this.path, stem, at)), movedAside: true };
    }
  }

  /** Replace every item and write the file durably; memory changes only if the write succeeds. */
  async write(items: readonly T[]): Promise<void> {
    if (this.#refusal) throw this.#refusal;
    const next = [...items];
    this.#db.data = { schemaVersion: this.#options.schemaVersion, items: next };
    await this.#db.write();
    this.#items = next;
  }

  #parse(schema: z.ZodType<CollectionData<T>>, value: unknown): CollectionData<T> {
    const { schemaVersion, label } = this.#options;
    const data = parseVersioned(value, {
      schema,
      version: schemaVersion,
      newer: (found) => `The ${label} was written by a newer version of Briefdesk (format ${found}). Update Briefdesk to change it.`,
      damaged: (error) => `Does not match the ${label} format: ${describeIssues(error)}`,
    });
    const ids = new Set<string>();
    for (const item of data.items) {
      if (ids.has(item.id)) throw new BriefdeskError('damaged', `The ${label} lists the id "${item.id}" twice.`);
      ids.add(item.id);
    }
    return data;
  }
}
