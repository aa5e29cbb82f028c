import { type RefObject, useState } from 'react';
import type { BriefSummary } from '../../shared/model/brief';
import { commandShortcutLabel } from '../commands/shortcut-label';
import type { Library } from '../library/use-library';
import { FindInBriefsButton } from '../library/FindInBriefsButton';
import { LibraryBrowser } from '../library/LibraryBrowser';
import { loadBulkExportBriefs } from '../library/bulk-export-briefs';
import { LibraryMenu } from '../backup/LibraryMenu';
import { LibraryNotice } from '../backup/LibraryNotice';
import { BulkExportButton } from '../export/BulkExportButton';
import { ImportButton } from '../import/ImportButton';
import { OutboxButton } from '../publish/OutboxButton';
import { useWorkbench } from '../workbench/workbench-context';
import { NO_FILTERS, type SearchFilters } from '../search/search-filters';
import { SettingsButton } from '../settings/SettingsButton';

export interface SidebarProps {
  sidebarRef: RefObject<HTMLElement | null>;
  id: string;
  /** Shown as a drawer over the brief (a narrow window): it has a Close button and Escape closes it. */
  drawer: boolean;
  onCloseDrawer: () => void;
  library: Library;
  openId: string | null;
  filter: string;
  now: number;
  onFilterChange: (filter: string) => void;
  onNewBrief: () => void;
  /** "New brief from template": choose the template first. */
  onChooseTemplate: () => void;
  onOpenDeskLibrary: () => void;
  onOpen: (id: string) => void;
  onRestore: (brief: BriefSummary) => void;
  onPurge: (brief: BriefSummary) => void;
  /** Files picked with Import or dropped on the list. */
  onImportFiles: (files: File[]) => void;
  /** An import is running. */
  importing: boolean;
}

/** The library: new brief, search and filters, the list (or the Trash), damaged files. */
export function Sidebar(props: SidebarProps) {
  const { library, openId, filter, now, onFilterChange, onNewBrief, onChooseTemplate, onOpenDeskLibrary, onOpen, onRestore, onPurge } =
    props;
  const { onImportFiles, importing, sidebarRef, id, drawer, onCloseDrawer } = props;
  const inTrash = library.view === 'trash';
  const { api } = useWorkbench();
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  return (
    <aside
      ref={sidebarRef}
      id={id}
      className="sidebar"
      aria-label="Library"
      data-region="library"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented || !drawer) return;
        // A dialog opened from the library closes on its own Escape, and the drawer stays.
        if (event.target instanceof Element && event.target.closest('dialog') !== null) return;
        event.preventDefault();
        onCloseDrawer();
      }}
    >
      <header className="sidebar-header">
        <h1 className="app-name">
          <span className="app-mark" aria-hidden="true" />
          Briefdesk
        </h1>
        {drawer && (
          <button type="button" className="button button-quiet drawer-close" onClick={onCloseDrawer} title="Close the library (Escape)">
            <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="icon">
              <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
            </svg>
            <span className="visually-hidden">Close library</span>
          </button>
        )}
        <div className="sidebar-header-actions">
          <div className="split-button">
            <button
              type="button"
              className="button button-primary"
              onClick={onNewBrief}
              title={`New brief (${commandShortcutLabel('new-brief')})`}
            >
              New brief
            </button>
            <button
              type="button"
              className="button button-primary split-button-more"
              aria-label="Choose template"
              aria-haspopup="dialog"
              title="New brief from a template…"
              onClick={onChooseTemplate}
            >
              <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" className="icon">
                <path d="m4 6 4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </button>
          </div>
          <ImportButton onFiles={onImportFiles} busy={importing} />
        </div>
      </header>
      <LibraryNotice />

      <LibraryBrowser
        library={library}
        openId={openId}
        filter={filter}
        onFilterChange={onFilterChange}
        filters={filters}
        onFiltersChange={setFilters}
        now={now}
        onOpen={onOpen}
        onRestore={onRestore}
        onPurge={onPurge}
        onImportFiles={onImportFiles}
      />

      <footer className="sidebar-footer">
        <button
          type="button"
          className="button button-quiet trash-toggle"
          aria-pressed={inTrash}
          onClick={() => library.setView(inTrash ? 'briefs' : 'trash')}
          title={inTrash ? 'Back to your briefs' : 'Show briefs in the Trash'}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="icon">
            <path
              d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.3"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span className="footer-label">Trash</span>
        </button>
        <button
          type="button"
          className="button button-quiet"
          aria-haspopup="dialog"
          title="Desk blocks: named Editor’s Desk blocks you reuse across briefs"
          onClick={onOpenDeskLibrary}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="icon">
            <path
              d="M3 2.5h3v11H3zM7 2.5h3v11H7zM10.8 3.2l2.7-.7 2 10.6-2.7.6z"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.2"
              strokeLinejoin="round"
            />
          </svg>
          <span className="footer-label">Desk blocks</span>
        </button>
        <FindInBriefsButton available={!inTrash && library.status === 'ready'} />
        <BulkExportButton load={() => loadBulkExportBriefs(api, filter, filters)} available={!inTrash && library.status === 'ready'} />
        <LibraryMenu />
        <OutboxButton />
        <SettingsButton />
      </footer>
    </aside>
  );
}
