import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchHit, SearchQuery, TextRange } from '../../../shared/api/contract';
import type { Brief, BriefSummary } from '../../../shared/model/brief';
import {
  type BriefFields,
  briefFields,
  INDEX_FIELD_NAMES,
  INDEX_FIELDS,
  type IndexField,
  indexFieldText,
  SEARCH_FIELDS,
  type SearchField,
} from './brief-fields';
import { MatchedWords, snippetAround } from './highlight';
import { normaliseTerm, wordsOf } from './tokens';

/** What the search borrows from the library store. */
export interface SearchSource {
  /** A brief's index row, read without copying (for filtering), or undefined when it is not in the library. */
  row(id: string): Readonly<BriefSummary> | undefined;
  /** A copy of a brief's summary as the list shows it, or undefined when it is not in the library. */
  summary(id: string): BriefSummary | undefined;
  /** Every brief's row, live and trashed. */
  summaries(): BriefSummary[];
  /** Whether the library is writing (a save waits): the background build gives way meanwhile. */
  writing(): boolean;
  /** A brief's file, read once when the index is built; null when it cannot be read (it is then left out). */
  readBrief(id: string): Promise<Brief | null>;
}

/** A document of the index: the brief's id and its index fields. */
type IndexedDoc = Record<IndexField, string> & { id: string };

/** Files read at once while building. */
const BUILD_BATCH = 8;

/** The build works at most this long (ms) before letting other work run. */
const BUILD_SLICE_MS = 3;

/** While the library writes, the build and the pending changes look again after this long (ms). */
const BUILD_BACKOFF_MS = 5;

/** How much a match in each index field counts. */
const FIELD_BOOST = Object.fromEntries(INDEX_FIELD_NAMES.map((field) => [field, INDEX_FIELDS[field].boost]));

/** Words shorter than this must match exactly (or as a prefix, see below); longer ones allow about one typo in five letters. */
const FUZZY_MIN_LENGTH = 4;

/**
 * Only the last word of a query — the one being typed — also matches as a
 * prefix, and only from this many letters on: the words before it are
 * complete, and a shorter prefix matches a good part of the vocabulary
 * (every word with an "a") without narrowing anything down.
 */
const PREFIX_MIN_LENGTH = 3;

/** At most this many typos in a word, however long. */
const MAX_FUZZY = 2;

const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

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
    fields: [...INDEX_FIELD_NAMES],
    tokenize: wordsOf,
    processTerm: (term) => normaliseTerm(term) || null,
  });
  /** Each indexed brief's fields, for highlights and snippets. */
  readonly #texts = new Map<string, BriefFields>();
  /** Briefs written (the brief) or removed (null) and not indexed yet: applied once the library is not writing, or by the next search. */
  readonly #pending = new Map<string, Brief | null>();
  #applyScheduled = false;
  /** Briefs written or removed while the build runs: the build leaves them alone. */
  readonly #touchedDuringBuild = new Set<string>();
  #building = false;
  /** Whether a build has been started (on open, or by the first search). */
  #started = false;
  #stopped = false;
  #ready: Promise<void> = Promise.resolve();
  #buildMs: number | null = null;

  constructor(source: SearchSource) {
    this.#source = source;
  }

  /** Start building the index from the brief files, in the background. `search` waits for it (and starts it if nothing has). */
  start(): void {
    if (this.#started) return;
    this.#started = true;
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

  /**
   * Index a brief as just written (replacing what was indexed of it). The
   * index is updated after the write's caller has its answer, in a later
   * turn of the event loop once the library is not writing; a search before
   * then applies it first, so results are never stale.
   */
  put(brief: Brief): void {
    this.#defer(brief.id, brief);
  }

  /** Forget a brief that left the library (applied like `put`). */
  remove(id: string): void {
    this.#defer(id, null);
  }

  /** Writes and removals not applied to the index yet (for tests). */
  get pendingCount(): number {
    return this.#pending.size;
  }

  #defer(id: string, brief: Brief | null): void {
    if (this.#building) this.#touchedDuringBuild.add(id);
    // Re-inserted so that changes apply in the order they were made.
    this.#pending.delete(id);
    this.#pending.set(id, brief);
    if (this.#applyScheduled) return;
    this.#applyScheduled = true;
    setImmediate(() => this.#applyWhenIdle());
  }

  /** Apply pending changes once the library is not writing (so a burst of saves is not slowed by them). */
  #applyWhenIdle(): void {
    if (this.#source.writing() && !this.#stopped) {
      setTimeout(() => this.#applyWhenIdle(), BUILD_BACKOFF_MS);
      return;
    }
    this.#applyScheduled = false;
    this.#applyPending();
  }

  /** Bring the index up to date with every write and removal so far. */
  #applyPending(): void {
    for (const [id, brief] of this.#pending) {
      this.#pending.delete(id);
      if (brief) {
        this.#add(brief);
      } else {
        if (this.#index.has(id)) this.#index.discard(id);
        this.#texts.delete(id);
      }
    }
  }

  /** Briefs matching `query`, best first (an empty query: the filtered list, newest first). */
  async search(query: SearchQuery): Promise<{ results: SearchHit[]; total: number }> {
    if (!this.#started) this.start();
    await this.#ready;
    this.#applyPending();
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
      boost: FIELD_BOOST,
      prefix: (term, index, terms) => index === terms.length - 1 && term.length >= PREFIX_MIN_LENGTH,
      fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? 0.2 : false),
      maxFuzzy: MAX_FUZZY,
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
    const matched = new MatchedWords(result.terms);
    const matchedFields = new Set<SearchField>();
    for (const field of Object.values(result.match).flat()) {
      for (const part of INDEX_FIELDS[field as IndexField].parts) matchedFields.add(part);
    }
    const snippet = this.#snippet(texts, matched, matchedFields);
    return {
      summary,
      score: result.score,
      headlineHighlights: matched.ranges(summary.headline),
      snippet: snippet ?? { text: '', highlights: [] },
    };
  }

  /** The snippet: from the field (other than the headline, which the row shows) with the most matched words; ties by field order. */
  #snippet(texts: BriefFields, matched: MatchedWords, matchedFields: ReadonlySet<SearchField>) {
    let best: { field: SearchField; ranges: TextRange[] } | null = null;
    for (const field of SEARCH_FIELDS) {
      if (field === 'headline' || !matchedFields.has(field)) continue;
      const ranges = matched.ranges(texts[field]);
      if (ranges.length > 0 && (best === null || ranges.length > best.ranges.length)) best = { field, ranges };
    }
    return best ? snippetAround(texts[best.field], best.ranges) : null;
  }

  #filter(query: SearchQuery): (summary: Readonly<BriefSummary>) => boolean {
    const tag = query.tag?.toLocaleLowerCase();
    const after = query.updatedAfter === undefined ? null : Date.parse(query.updatedAfter);
    const before = query.updatedBefore === undefined ? null : Date.parse(query.updatedBefore);
    const dated = after !== null || before !== null;
    return (summary) => {
      if ((summary.trashedAt !== null) !== query.trash) return false;
      if (query.status !== undefined && summary.status !== query.status) return false;
      if (tag !== undefined && !summary.tags.some((each) => each.toLocaleLowerCase() === tag)) return false;
      if (!dated) return true;
      const updated = Date.parse(summary.updatedAt);
      if (after !== null && updated < after) return false;
      if (before !== null && updated > before) return false;
      return true;
    };
  }

  #add(brief: Brief): void {
    const fields = briefFields(brief);
    const doc = { id: brief.id } as IndexedDoc;
    for (const field of INDEX_FIELD_NAMES) doc[field] = indexFieldText(fields, field);
    if (this.#index.has(brief.id)) this.#index.replace(doc);
    else this.#index.add(doc);
    this.#texts.set(brief.id, fields);
  }

  /**
   * Read every brief file and index it, a few at a time, in slices of at
   * most BUILD_SLICE_MS; while the library is writing (a save) it waits, so
   * the build costs a save almost nothing.
   */
  async #build(): Promise<void> {
    // Let the library's first listing go out before the files are read.
    await yieldToEvents();
    const started = performance.now();
    const ids = this.#source.summaries().map((summary) => summary.id);
    let sliceStart = performance.now();
    const giveWay = async (): Promise<void> => {
      if (performance.now() - sliceStart < BUILD_SLICE_MS && !this.#source.writing()) return;
      await yieldToEvents();
      while (this.#source.writing() && !this.#stopped) await pause(BUILD_BACKOFF_MS);
      sliceStart = performance.now();
    };
    for (let at = 0; at < ids.length && !this.#stopped; at += BUILD_BATCH) {
      const batch = ids.slice(at, at + BUILD_BATCH).filter((id) => !this.#touchedDuringBuild.has(id));
      await giveWay();
      const briefs = await Promise.all(batch.map((id) => this.#source.readBrief(id)));
      for (const brief of briefs) {
        if (this.#stopped) break;
        await giveWay();
        // A write during the build indexed a newer version already (or removed the brief).
        if (brief && !this.#touchedDuringBuild.has(brief.id)) this.#add(brief);
      }
    }
    if (!this.#stopped) this.#buildMs = performance.now() - started;
  }
}
