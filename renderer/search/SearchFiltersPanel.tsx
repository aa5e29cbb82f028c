import { useEffect, useId, useState } from 'react';
import type { Facet } from '../../shared/api/contract';
import { BriefStatus } from '../../shared/model/brief';
import { StatusOptions } from '../brief/StatusOptions';
import { useWorkbench } from '../workbench/workbench-context';
import { activeFilterCount, NO_FILTERS, type SearchFilters } from './search-filters';

export interface SearchFiltersPanelProps {
  filters: SearchFilters;
  /** Whether the Trash is shown (its tags and sections are offered). */
  trash: boolean;
  onChange: (filters: SearchFilters) => void;
}

/** A select's options: "any", the values in use (with how many briefs have each), and the chosen one even when none does any more. */
function FacetOptions({ any, facets, chosen }: { any: string; facets: readonly Facet[]; chosen: string }) {
  const values = facets.map((facet) => facet.value);
  const extra = chosen !== '' && !values.some((value) => value.toLowerCase() === chosen.toLowerCase()) ? [chosen] : [];
  return (
    <>
      <option value="">{any}</option>
      {extra.map((value) => (
        <option key={value} value={value}>
          {value}
        </option>
      ))}
      {facets.map((facet) => (
        <option key={facet.value} value={facet.value}>
          {facet.value} ({facet.count.toLocaleString()})
        </option>
      ))}
    </>
  );
}

/** "Filters": a small disclosure with status, tag, section and an updated-between date range. */
export function SearchFiltersPanel({ filters, trash, onChange }: SearchFiltersPanelProps) {
  const { api } = useWorkbench();
  const [open, setOpen] = useState(false);
  const [facets, setFacets] = useState<{ tags: Facet[]; sections: Facet[] }>({ tags: [], sections: [] });
  const panelId = useId();
  const count = activeFilterCount(filters);
  const set = (change: Partial<SearchFilters>): void => onChange({ ...filters, ...change });

  // The tags and sections in use are asked for when the panel opens (the index counts them), not with every list.
  useEffect(() => {
    if (!open) return;
    let current = true;
    api.libraryFacets({ trash }).then(
      (found) => {
        if (current) setFacets(found);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, open, trash]);

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
            <FacetOptions any="Any tag" facets={facets.tags} chosen={filters.tag} />
          </select>
        </label>
        <label>
          <span>Section</span>
          <select value={filters.section} onChange={(event) => set({ section: event.target.value })}>
            <FacetOptions any="Any section" facets={facets.sections} chosen={filters.section} />
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
