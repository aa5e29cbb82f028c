import { lazy, Suspense, useState } from 'react';
import type { BriefSummary } from '../../shared/model/brief';
import { errorMessage } from '../format/error-message';
import { shortcutLabel } from '../keyboard/mod-key';
import { useWorkbench } from '../workbench/workbench-context';
import { useBulkExportShortcut } from './use-bulk-export-shortcut';

/** The briefs the dialog offers: every live brief in the library's order, and those the list shows while it is filtered or searched (null otherwise). */
export interface BulkExportChoices {
  briefs: readonly BriefSummary[];
  shown: readonly BriefSummary[] | null;
}

export interface BulkExportButtonProps {
  /** Reads the briefs to offer when the dialog opens (the library list holds only the rows in view). */
  load: () => Promise<BulkExportChoices>;
  /** False while the Trash is shown or the library is not loaded. */
  available: boolean;
}

/** The dialog and what it needs (file names, zip, the index page) load when it is first opened. */
const BulkExportDialog = lazy(async () => ({ default: (await import('./BulkExportDialog')).BulkExportDialog }));

/** "Export briefs…" in the library (and its shortcut, Mod-Alt-E), opening the Export briefs dialog. */
export function BulkExportButton({ load, available }: BulkExportButtonProps) {
  const [open, setOpen] = useState<BulkExportChoices | null>(null);
  const [loading, setLoading] = useState(false);
  const { notify } = useWorkbench();
  const start = (): void => {
    if (loading) return;
    setLoading(true);
    load()
      .then(setOpen, (error: unknown) => notify({ text: `Couldn’t read the library — ${errorMessage(error)}` }))
      .finally(() => setLoading(false));
  };
  useBulkExportShortcut(start, available);
  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+Alt+E Meta+Alt+E"
        title={
          available ? `Export several briefs at once, as one zip (${shortcutLabel('E', { alt: true })})` : 'Show your briefs to export them'
        }
        disabled={!available}
        aria-busy={loading}
        onClick={start}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="icon">
          <path
            d="M8 2.5v7M5 6.5l3 3 3-3M3 10.5v2.5h10v-2.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.3"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="footer-label">Export briefs…</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <BulkExportDialog briefs={open.briefs} shown={open.shown} onClose={() => setOpen(null)} />
        </Suspense>
      )}
    </>
  );
}
