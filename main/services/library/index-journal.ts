import { appendFile, open, readFile } from 'node:fs/promises';
import { z } from 'zod';
import { BriefId } from '../../../shared/model/brief';
import { IndexRow } from './index-row';
import { errorCode, ioError } from './io-error';

/** One change to the library index, as a line of library.journal. */
export const JournalEntry = z.discriminatedUnion('op', [
  z.object({ op: z.literal('upsert'), row: IndexRow }),
  z.object({ op: z.literal('delete'), id: BriefId }),
]);
export type JournalEntry = z.infer<typeof JournalEntry>;

/** Apply journal entries, in order, to index rows. */
export function replayJournal(rows: Map<string, IndexRow>, entries: readonly JournalEntry[]): void {
  for (const entry of entries) {
    if (entry.op === 'upsert') rows.set(entry.row.id, entry.row);
    else rows.delete(entry.id);
  }
}

function parseLine(line: string): JournalEntry | null {
  try {
    const parsed = JournalEntry.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * library.journal: an append-only log of index changes since library.json
 * was last written, one JSON line each. Saving a brief appends one line
 * instead of rewriting the whole index. Lines are not fsynced one by one:
 * the index is derived from the brief files (each written durably) and
 * checked against them on open, so a line lost to a power cut only costs
 * reading that brief's file again at the next open. Truncating (after
 * library.json was written durably) is fsynced.
 */
export class IndexJournal {
  readonly path: string;
  #lines = 0;

  constructor(path: string) {
    this.path = path;
  }

  /** Lines appended since the journal was last read or truncated. */
  get lineCount(): number {
    return this.#lines;
  }

  /**
   * The entries in the journal. A line that does not parse (a torn last
   * line after a crash) is skipped: opening the library checks every row
   * against its file anyway.
   */
  async read(): Promise<{ entries: JournalEntry[]; lines: number }> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { entries: [], lines: 0 };
      throw ioError('read', this.path, error);
    }
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    this.#lines = lines.length;
    const entries = lines.map(parseLine).filter((entry) => entry !== null);
    return { entries, lines: lines.length };
  }

  /** Append one entry (one write, not fsynced: see the class). No handle is kept open between appends. */
  async append(entry: JournalEntry): Promise<void> {
    try {
      await appendFile(this.path, `${JSON.stringify(entry)}\n`);
      this.#lines += 1;
    } catch (error) {
      throw ioError('write', this.path, error);
    }
  }

  /** Empty the journal (after library.json has been written with every change in it). */
  async truncate(): Promise<void> {
    try {
      const handle = await open(this.path, 'r+');
      try {
        await handle.truncate(0);
        await handle.sync();
      } finally {
        await handle.close();
      }
      this.#lines = 0;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
      throw ioError('write', this.path, error);
    }
  }
}
