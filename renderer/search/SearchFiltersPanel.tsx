import { useId, useState } from 'react';
import { BriefStatus } from '../../shared/model/brief';
import { StatusOptions } from '../brief/StatusOptions';
import { activeFilterCount, NO_FILTERS, type SearchFilters } from './search-filters';

export interface SearchFiltersPanelProps {
  filters: SearchFilters;
  /** The tags to choose from (the library's). */
  tags: readonly string[];
  onChange: (filters: SearchFilters) => void;
}

/** "Filters": a small disclosure with status, tag and an updated-between date range. */
export function SearchFiltersPanel({ filters, tags, onChange }: SearchFiltersPanelProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const count = activeFilterCount(filters);
  const set = (change: Partial<SearchFilters>): void => onChange({ ...filters, ...change });
  // A tag chosen earlier stays choosable even when no brief shown carries it any more.
  const tagOptions = filters.tag !== '' && !tags.includes(filters.tag) ? [filters.tag, ...tags] : tags;
  return (
    <div className="search-filters">
      <div className="search-filters-bar">
        <button
          type="button"
          className="button button-quiet button-small search-filters-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          Filters{count > 0 ? ` (${count})` : ''}
        </button>
        {count > 0 && (
          <button type="button" className="button button-quiet button-small" onClick={() => onChange(NO_FILTERS)}>
            Clear filters
          </button>
        )}
      </div>
      <div id={panelId} className="search-filters-panel" hidden={!open}>
        <label>
          <span>Status</span>
          <select
            value={filters.status}
            onChange={(event) => {
              const parsed = BriefStatus.safeParse(event.target.value);
              set({ status: parsed.success ? parsed.data : '' });
            }}
          >
            <option value="">Any status</option>
            <StatusOptions />
          </select>
        </label>
        <label>
          <span>Tag</span>
          <select value={filters.tag} onChange={(event) => set({ tag: event.target.value })}>
            <option value="">Any tag</option>
            {tagOptions.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Updated from</span>
          <input type="date" value={filters.from} max={filters.to || undefined} onChange={(event) => set({ from: event.target.value })} />
        </label>
        <label>
          <span>Updated to</span>
          <input type="date" value={filters.to} min={filters.from || undefined} onChange={(event) => set({ to: event.target.value })} />
        </label>
      </div>
    </div>
  );
}
