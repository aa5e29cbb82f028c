import { lazy, Suspense, useState } from 'react';
import type { BriefSummary } from '../../shared/model/brief';
import { shortcutLabel } from '../keyboard/mod-key';
import { useBulkExportShortcut } from './use-bulk-export-shortcut';

export interface BulkExportButtonProps {
  /** The live briefs of the library, in its order. */
  briefs: readonly BriefSummary[];
  /** The briefs the library list shows while it is filtered or searched, in its order; null when it shows them all. */
  shown: readonly BriefSummary[] | null;
  /** False while the Trash is shown or the library is not loaded. */
  available: boolean;
}

/** The dialog and what it needs (file names, zip, the index page) load when it is first opened. */
const BulkExportDialog = lazy(async () => ({ default: (await import('./BulkExportDialog')).BulkExportDialog }));

/** "Export briefs…" in the library (and its shortcut, Mod-Alt-E), opening the Export briefs dialog. */
export function BulkExportButton({ briefs, shown, available }: BulkExportButtonProps) {
  const [open, setOpen] = useState(false);
  useBulkExportShortcut(() => setOpen(true), available);
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
        onClick={() => setOpen(true)}
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
          <BulkExportDialog briefs={briefs} shown={shown} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
