import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchHit, SearchQuery } from '../../../shared/api/contract';
import type { Brief, BriefSummary } from '../../../shared/model/brief';
import { type BriefFields, briefFields, FIELD_BOOST, SEARCH_FIELDS, type SearchField } from './brief-fields';
import { highlightRanges, snippetOf } from './highlight';
import { normaliseTerm, wordsOf } from './tokens';

/** What the search borrows from the library store. */
export interface SearchSource {
  /** A brief's index row, read without copying (for filtering), or undefined when it is not in the library. */
  row(id: string): Readonly<BriefSummary> | undefined;
  /** A copy of a brief's summary as the list shows it, or undefined when it is not in the library. */
  summary(id: string): BriefSummary | undefined;
  /** Every brief's row, live and trashed. */
  summaries(): BriefSummary[];
  /** A brief's file, read once when the index is built; null when it cannot be read (it is then left out). */
  readBrief(id: string): Promise<Brief | null>;
}

/** A document of the index: the brief's id and its fields. */
type IndexedDoc = BriefFields & { id: string };

/** Files read at once while building; between batches saves get their turn. */
const BUILD_BATCH = 32;

/** Words shorter than this are only prefix matched; longer ones also allow about one typo in five letters. */
const FUZZY_MIN_LENGTH = 4;

const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function byUpdatedDescending(a: BriefSummary, b: BriefSummary): number {
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id);
}

/**
 * Full-text search of a library with MiniSearch. The index lives in memory
 * on the Node side: built in the background after the library opens, by
 * reading each brief file once, and kept current by the store, which calls
 * `put` on every write of a brief (save, create, duplicate, trash, restore,
 * import…) and `remove` when one leaves the library (purge). Filters (status,
 * tag, dates, Trash) read the store's rows, so they are always current.
 */
export class LibrarySearch {
  readonly #source: SearchSource;
  readonly #index = new MiniSearch<IndexedDoc>({
    fields: [...SEARCH_FIELDS],
    tokenize: wordsOf,
    processTerm: (term) => normaliseTerm(term) || null,
  });
  /** Each indexed brief's fields, for highlights and snippets. */
  readonly #texts = new Map<string, BriefFields>();
  /** Briefs written or removed while the build runs: the build leaves them alone. */
  readonly #touchedDuringBuild = new Set<string>();
  #building = false;
  #stopped = false;
  #ready: Promise<void> = Promise.resolve();
  #buildMs: number | null = null;

  constructor(source: SearchSource) {
    this.#source = source;
  }

  /** Start building the index from the brief files, in the background. `search` waits for it. */
  start(): void {
    this.#building = true;
    this.#ready = this.#build().finally(() => {
      this.#building = false;
      this.#touchedDuringBuild.clear();
    });
  }

  /** Resolves once the index has been built (or the build was stopped). */
  ready(): Promise<void> {
    return this.#ready;
  }

  /** How long the last build took, in milliseconds (null before it has finished). */
  get buildMs(): number | null {
    return this.#buildMs;
  }

  /** Stop a build under way (the library is closing); resolves once it has stopped. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#ready;
  }

  /** Index a brief as just written (replacing what was indexed of it). */
  put(brief: Brief): void {
    if (this.#building) this.#touchedDuringBuild.add(brief.id);
    this.#add(brief);
  }

  /** Forget a brief that left the library. */
  remove(id: string): void {
    if (this.#building) this.#touchedDuringBuild.add(id);
    if (this.#index.has(id)) this.#index.discard(id);
    this.#texts.delete(id);
  }

  /** Briefs matching `query`, best first (an empty query: the filtered list, newest first). */
  async search(query: SearchQuery): Promise<{ results: SearchHit[]; total: number }> {
    await this.#ready;
    const passes = this.#filter(query);
    if (query.query.trim() === '' || wordsOf(query.query).length === 0) {
      const rows = this.#source.summaries().filter(passes).sort(byUpdatedDescending);
      const results = rows.slice(0, query.limit).map((summary) => ({
        summary,
        score: 0,
        headlineHighlights: [],
        snippet: { text: '', highlights: [] },
      }));
      return { results, total: rows.length };
    }
    const found = this.#index.search(query.query, {
      boost: { ...FIELD_BOOST },
      prefix: true,
      fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? 0.2 : false),
      combineWith: 'AND',
      filter: (result) => {
        const row = this.#source.row(String(result.id));
        return row !== undefined && passes(row);
      },
    });
    const results: SearchHit[] = [];
    for (const result of found.slice(0, query.limit)) {
      const hit = this.#hit(result);
      if (hit) results.push(hit);
    }
    return { results, total: found.length };
  }

  /** A result with its row, the headline's matched words and a snippet of the best matching other field. */
  #hit(result: SearchResult): SearchHit | null {
    const id = String(result.id);
    const summary = this.#source.summary(id);
    const texts = this.#texts.get(id);
    if (!summary || !texts) return null;
    const matched = new Set(result.terms);
    const matchedFields = new Set(Object.values(result.match).flat());
    const snippet = this.#snippet(texts, matched, matchedFields);
    return {
      summary,
      score: result.score,
      headlineHighlights: highlightRanges(summary.headline, matched),
      snippet: snippet ?? { text: '', highlights: [] },
    };
  }

  /** The snippet: from the field (other than the headline, which the row shows) with the most matched words; ties by field order. */
  #snippet(texts: BriefFields, matched: ReadonlySet<string>, matchedFields: ReadonlySet<string>) {
    let best: { field: SearchField; count: number } | null = null;
    for (const field of SEARCH_FIELDS) {
      if (field === 'headline' || !matchedFields.has(field)) continue;
      const count = highlightRanges(texts[field], matched).length;
      if (count > 0 && (best === null || count > best.count)) best = { field, count };
    }
    return best ? snippetOf(texts[best.field], matched) : null;
  }

  #filter(query: SearchQuery): (summary: Readonly<BriefSummary>) => boolean {
    const tag = query.tag?.toLocaleLowerCase();
    const after = query.updatedAfter === undefined ? null : Date.parse(query.updatedAfter);
    const before = query.updatedBefore === undefined ? null : Date.parse(query.updatedBefore);
    return (summary) => {
      if ((summary.trashedAt !== null) !== query.trash) return false;
      if (query.status !== undefined && summary.status !== query.status) return false;
      if (tag !== undefined && !summary.tags.some((each) => each.toLocaleLowerCase() === tag)) return false;
      const updated = Date.parse(summary.updatedAt);
      if (after !== null && updated < after) return false;
      if (before !== null && updated > before) return false;
      return true;
    };
  }

  #add(brief: Brief): void {
    const fields = briefFields(brief);
    const doc: IndexedDoc = { id: brief.id, ...fields };
    if (this.#index.has(brief.id)) this.#index.replace(doc);
    else this.#index.add(doc);
    this.#texts.set(brief.id, fields);
  }

  async #build(): Promise<void> {
    // Let the library's first listing go out before the files are read.
    await yieldToEvents();
    const started = performance.now();
    const ids = this.#source.summaries().map((summary) => summary.id);
    for (let at = 0; at < ids.length && !this.#stopped; at += BUILD_BATCH) {
      const batch = ids.slice(at, at + BUILD_BATCH).filter((id) => !this.#touchedDuringBuild.has(id));
      const briefs = await Promise.all(batch.map((id) => this.#source.readBrief(id)));
      for (const brief of briefs) {
        // A write during the build indexed a newer version already (or removed the brief).
        if (brief && !this.#touchedDuringBuild.has(brief.id)) this.#add(brief);
      }
      await yieldToEvents();
    }
    if (!this.#stopped) this.#buildMs = performance.now() - started;
  }
}
