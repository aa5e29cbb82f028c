import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ListSort } from '../../shared/api/contract';
import type { BriefSummary } from '../../shared/model/brief';
import { LibraryDropZone } from '../import/LibraryDropZone';
import { SearchFiltersPanel } from '../search/SearchFiltersPanel';
import { type SearchFilters, SORT_LABELS } from '../search/search-filters';
import { VirtualBriefList, type VirtualRowProps } from '../search/VirtualBriefList';
import { RetryAlert } from '../ui/RetryAlert';
import { useWorkbench } from '../workbench/workbench-context';
import { BriefListItem } from './BriefListItem';
import { DamagedFiles } from './DamagedFiles';
import { IndexProgressBar } from './IndexProgressBar';
import { TrashListItem } from './TrashListItem';
import { type ListRow, useBriefWindow } from './use-brief-window';
import type { Library } from './use-library';
import './library-list.css';

export interface LibraryBrowserProps {
  library: Library;
  openId: string | null;
  /** What is typed in the library's search box (the Trash has its own). */
  filter: string;
  onFilterChange: (filter: string) => void;
  filters: SearchFilters;
  onFiltersChange: (filters: SearchFilters) => void;
  now: number;
  onOpen: (id: string) => void;
  onRestore: (brief: BriefSummary) => void;
  onPurge: (brief: BriefSummary) => void;
  /** Files dropped on the list. */
  onImportFiles: (files: File[]) => void;
}

/** "1 brief", "1,234 briefs", "10,000+ briefs". */
function briefsCount(total: number, exact: boolean): string {
  const number = `${total.toLocaleString()}${exact ? '' : '+'}`;
  return total === 1 && exact ? '1 brief' : `${number} briefs`;
}

/**
 * The library list and what drives it: the search box, filters and sort, the
 * count, notes on the search (a corrected word, a search cut short, ranking
 * among the most recent), the index's progress while it is rebuilt, and the
 * virtualized list, which asks the index for the rows it shows.
 */
export function LibraryBrowser(props: LibraryBrowserProps) {
  const { library, openId, filters, onFiltersChange, now, onOpen, onRestore, onPurge, onImportFiles } = props;
  const { api } = useWorkbench();
  const inTrash = library.view === 'trash';
  // The Trash is searched on its own: the library's search text neither empties it nor follows into it.
  const [trashFilter, setTrashFilter] = useState('');
  const filter = inTrash ? trashFilter : props.filter;
  const onFilterChange = inTrash ? setTrashFilter : props.onFilterChange;
  const [sort, setSort] = useState<ListSort>('updated');
  const list = useBriefWindow(api, { trash: inTrash, text: filter, filters, sort, version: library.version });
  const scrollRef = useRef<HTMLDivElement>(null);
  const sortId = useId();
  const words = filter.trim() !== '';

  // A new search, filter, order or view starts at the top of the list.
  const queryKey = JSON.stringify([inTrash, filter.trim(), filters, sort]);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [queryKey]);

  // Trashing the open brief opens its neighbour in what the list shows.
  const latest = useRef(list);
  latest.current = list;
  const { setNeighbourLookup } = library;
  useEffect(() => {
    setNeighbourLookup((id) => {
      const { total, rowAt } = latest.current;
      for (let index = 0; index < total; index += 1) {
        const row = rowAt(index);
        if (row === undefined) continue;
        if (row.brief.id === id) return (rowAt(index + 1) ?? rowAt(index - 1))?.brief ?? null;
      }
      return rowAt(0)?.brief ?? null;
    });
    return () => setNeighbourLookup(null);
  }, [setNeighbourLookup]);

  const renderRow = useCallback(
    ({ brief, hit }: ListRow, row: VirtualRowProps) =>
      inTrash ? (
        <TrashListItem brief={brief} now={now} onRestore={onRestore} onPurge={onPurge} row={row} />
      ) : (
        <BriefListItem brief={brief} now={now} isOpen={brief.id === openId} onOpen={onOpen} hit={hit} row={row} />
      ),
    [inTrash, now, onRestore, onPurge, openId, onOpen],
  );

  const ready = library.status === 'ready' && list.status === 'ready';
  const indexWorking = library.index.state === 'rebuilding' || library.index.state === 'indexing';
  const { search } = list;
  return (
    <>
      <div className="sidebar-search">
        <input
          key={inTrash ? 'trash' : 'briefs'}
          type="search"
          className="search-input"
          aria-label={inTrash ? 'Search the Trash' : 'Filter briefs'}
          data-region-focus
          data-drawer-focus
          placeholder={inTrash ? 'Search the Trash' : 'Search briefs'}
          value={filter}
          onChange={(event) => onFilterChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filter !== '') {
              event.preventDefault();
              onFilterChange('');
            }
          }}
        />
        <SearchFiltersPanel filters={filters} trash={inTrash} onChange={onFiltersChange} />
      </div>

      <div className="sidebar-view-heading">
        <h2>{inTrash ? 'Trash' : 'Briefs'}</h2>
        {ready && <span className="count">{`${list.total.toLocaleString()}${search.totalExact ? '' : '+'}`}</span>}
        {/* Labelled by "Sort" alone: a wrapping <label> would take in the options' words ("Status", "Section"). */}
        <div className="list-sort" title={words ? 'Search results come best match first' : undefined}>
          <span id={sortId}>Sort</span>
          <select
            aria-labelledby={sortId}
            value={words ? 'relevance' : sort}
            disabled={words}
            onChange={(event) => {
              const parsed = ListSort.safeParse(event.target.value);
              if (parsed.success) setSort(parsed.data);
            }}
          >
            {words && <option value="relevance">Best match</option>}
            {ListSort.options.map((option) => (
              <option key={option} value={option}>
                {SORT_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <IndexProgressBar index={library.index} />
      {search.correctedQuery !== null && (
        <p className="search-note" role="status">
          Showing results for <strong>{search.correctedQuery}</strong>
        </p>
      )}
      {search.notice !== null && (
        <p className="search-note" role="status">
          {search.notice}
        </p>
      )}
      {list.searching && ready && list.total > 0 && (
        <p className="search-note" role="status">
          {`${briefsCount(list.total, search.totalExact)} ${list.total === 1 && search.totalExact ? 'matches' : 'match'}`}
          {search.rankedAmong !== null
            ? ` — the ${search.rankedAmong.toLocaleString()} most recently changed are listed, best first. Add words to narrow the search.`
            : '.'}
        </p>
      )}

      <LibraryDropZone onFiles={onImportFiles}>
        <div className="sidebar-scroll" ref={scrollRef}>
          {library.status === 'error' && <RetryAlert message={<>Couldn’t load the library — {library.error}</>} onRetry={library.reload} />}
          {list.status === 'loading' && <p className="sidebar-note">Loading…</p>}
          {list.status === 'error' && (
            <p className="inline-error" role="alert">
              Couldn’t {words ? 'search' : 'list'} the library — {list.error}
            </p>
          )}

          <VirtualBriefList
            count={list.total}
            rowAt={list.rowAt}
            onRange={list.showRange}
            scrollRef={scrollRef}
            keyOf={(row) => row.brief.id}
            label="Briefs"
            busy={list.pending}
            renderRow={renderRow}
          />

          {ready && list.total === 0 && !list.pending && (
            <p className="sidebar-note">
              {words
                ? `No ${inTrash ? 'trashed ' : ''}briefs match “${filter.trim()}”.`
                : list.searching
                  ? `No ${inTrash ? 'trashed ' : ''}briefs match these filters.`
                  : indexWorking
                    ? 'The briefs appear here as the index is rebuilt.'
                    : inTrash
                      ? 'The Trash is empty.'
                      : 'No briefs yet.'}
            </p>
          )}

          {!inTrash && <DamagedFiles damaged={library.damaged} onRestored={library.reload} />}
        </div>
      </LibraryDropZone>
    </>
  );
}
