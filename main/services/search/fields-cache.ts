import type { BriefFields } from './brief-fields';

/** Characters of decoded text kept at most by default (about 16 MB of mostly one-byte strings). */
export const FIELDS_CACHE_CHARS = 16_000_000;

function charsOf(fields: BriefFields): number {
  let chars = 0;
  for (const text of Object.values(fields)) chars += text.length;
  return chars;
}

/**
 * The decoded texts of recently shown search hits, by document number, the
 * least recently used dropped first once `capacity` characters are held.
 * Snippets are cut from these texts; reading and parsing a brief's texts
 * costs about as much as finding the matches in them, and a search typed letter by
 * letter shows mostly the same briefs again. A brief gets a new document
 * number each time it is indexed, and index.db never reuses one, so an
 * entry never goes stale: keep one cache per open index.db.
 */
export class FieldsCache {
  readonly #entries = new Map<number, { fields: BriefFields; chars: number }>();
  readonly #capacity: number;
  #chars = 0;

  constructor(capacity: number = FIELDS_CACHE_CHARS) {
    this.#capacity = capacity;
  }

  /** The fields of `doc`, marked as just used; undefined when not kept. */
  get(doc: number): BriefFields | undefined {
    const entry = this.#entries.get(doc);
    if (entry === undefined) return undefined;
    this.#entries.delete(doc);
    this.#entries.set(doc, entry);
    return entry.fields;
  }

  /** Keep the fields of `doc`, dropping the least recently used beyond the capacity (a text larger than it is not kept). */
  set(doc: number, fields: BriefFields): void {
    const chars = charsOf(fields);
    const old = this.#entries.get(doc);
    if (old !== undefined) {
      this.#entries.delete(doc);
      this.#chars -= old.chars;
    }
    if (chars > this.#capacity) return;
    this.#entries.set(doc, { fields, chars });
    this.#chars += chars;
    for (const [oldest, entry] of this.#entries) {
      if (this.#chars <= this.#capacity) break;
      this.#entries.delete(oldest);
      this.#chars -= entry.chars;
    }
  }

  /** How many documents are kept. */
  get size(): number {
    return this.#entries.size;
  }
}
