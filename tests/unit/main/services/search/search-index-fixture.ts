import { memoryIndex } from '../../../../../main/services/library/index-db-open';
import type { IndexDb } from '../../../../../main/services/library/index-db';
import { indexDocumentOf, vocabularyOf } from '../../../../../main/services/search/index-document';
import { LibrarySearch } from '../../../../../main/services/search/library-search';
import type { IndexProgress, SearchAnswer, SearchQuery } from '../../../../../shared/api/contract';
import { BRIEF_SCHEMA_VERSION, type Brief } from '../../../../../shared/model/brief';
import { searchableContent, type SearchableParts } from '../../search-fixtures';

/**
 * index.db in memory, written the way the library writes it (each brief's
 * row, full text and words), and a search over it in a given index state:
 * many briefs at once without a brief file each.
 */
export class SearchIndexFixture {
  readonly index: IndexDb = memoryIndex();
  state: IndexProgress['state'] = 'ready';
  readonly search = new LibrarySearch({
    searchable: () => this.index,
    progress: () => ({ state: this.state, done: 0, total: 0 }),
  });
  #written = 0;

  /** Index briefs, the later ones changed more recently. */
  add(parts: readonly SearchableParts[]): void {
    const documents = parts.map((part) => {
      this.#written += 1;
      const at = new Date(Date.UTC(2025, 0, 1) + this.#written * 60_000).toISOString();
      const brief: Brief = {
        ...searchableContent(part),
        schemaVersion: BRIEF_SCHEMA_VERSION,
        id: `brief-${String(this.#written).padStart(6, '0')}`,
        revision: 1,
        createdAt: at,
        updatedAt: at,
        trashedAt: null,
      };
      return indexDocumentOf(brief, { fileSize: 1, mtimeMs: this.#written, hash: 'h' });
    });
    this.index.write(documents, [], (document) => vocabularyOf(document.columns));
  }

  /** Search with the contract's defaults. */
  run(query: string, options: Partial<SearchQuery> = {}): Promise<SearchAnswer> {
    return this.search.search({ query, trash: false, offset: 0, limit: 50, ...options });
  }

  /** The headlines found, best first. */
  async headlines(query: string, options: Partial<SearchQuery> = {}): Promise<string[]> {
    return (await this.run(query, options)).results.map((hit) => hit.summary.headline);
  }
}
