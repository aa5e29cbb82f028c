import { useEffect, useMemo, useRef, useState } from 'react';
import { ModalDialog } from '../ui/ModalDialog';
import { type RadioOption, RadioChoice } from '../ui/RadioChoice';
import { useWorkbench } from '../workbench/workbench-context';
import { errorMessage } from '../format/error-message';
import { exportLatest } from './export-latest';
import { type PreviewView, previewHtml } from './preview-html';
import { useColophonSetting } from './use-colophon-setting';

const VIEWS: readonly RadioOption<PreviewView>[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'print', label: 'Print' },
];

const VIEW_NOTES: Record<PreviewView, string> = {
  light: 'The exported HTML page, as a reader in light mode sees it.',
  dark: 'The exported HTML page, as a reader in dark mode sees it.',
  print: 'The exported HTML page with its print rules, on an A4 sheet (page breaks not shown).',
};

type PageState = { kind: 'loading' } | { kind: 'ready'; html: string } | { kind: 'error'; message: string };

export interface PreviewDialogProps {
  briefId: string;
  /** The headline as typed, for the frame's title. */
  headline: string;
  onClose: () => void;
}

/**
 * Escape pressed inside the previewed page closes the preview too: the key
 * goes to the frame's own document (same origin, scripts off), never reaching
 * the dialog.
 */
function closeOnEscapeIn(frame: HTMLIFrameElement, onClose: () => void): void {
  frame.contentDocument?.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    event.preventDefault();
    onClose();
  });
}

/**
 * "Preview": the exported HTML page itself (exportBrief, format html — the
 * same rendering as the file), shown in a sandboxed frame that runs nothing
 * (no `allow-scripts`; its own origin only so that Tab can enter the page,
 * which then scrolls with PageUp/PageDown, Space, Home and End).
 * Light, Dark and Print decide the media conditions of the page's own
 * stylesheet (previewHtml): its dark rules off or on, its print rules on an
 * A4 sheet.
 */
export function PreviewDialog({ briefId, headline, onClose }: PreviewDialogProps) {
  // The page is made once per opening (and per Retry), not whenever the workbench changes.
  const workbench = useRef(useWorkbench());
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [view, setView] = useState<PreviewView>('light');
  const [attempt, setAttempt] = useState(0);
  // The page as Export makes it: with or without the "Exported from" line (Settings → Export).
  const [colophon] = useColophonSetting();

  useEffect(() => {
    let current = true;
    setPage({ kind: 'loading' });
    exportLatest(workbench.current, briefId, 'html', 'embed', false, colophon).then(
      (file) => current && setPage({ kind: 'ready', html: file.files[0]?.content ?? '' }),
      (failure: unknown) => current && setPage({ kind: 'error', message: errorMessage(failure) }),
    );
    return () => {
      current = false;
    };
  }, [briefId, attempt, colophon]);

  const html = page.kind === 'ready' ? page.html : null;
  const shown = useMemo(() => (html === null ? null : previewHtml(html, view)), [html, view]);

  return (
    <ModalDialog title="Preview" onClose={onClose} className="preview-dialog">
      <div className="preview-toolbar">
        <RadioChoice label="View" options={VIEWS} value={view} onChange={setView} segmented autoFocus />
        <p className="preview-note">{VIEW_NOTES[view]}</p>
        <button type="button" className="button button-small" onClick={onClose}>
          Close preview
        </button>
      </div>
      <div className="preview-stage" data-view={view}>
        {page.kind === 'loading' && (
          <p className="preview-message" role="status">
            Preparing the preview…
          </p>
        )}
        {page.kind === 'error' && (
          <div className="preview-message">
            <p className="inline-error-text" role="alert">
              Couldn’t prepare the preview — {page.message}
            </p>
            <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
              Retry
            </button>
          </div>
        )}
        {shown !== null && (
          <iframe
            className="preview-frame"
            data-view={view}
            sandbox="allow-same-origin"
            srcDoc={shown}
            onLoad={(event) => closeOnEscapeIn(event.currentTarget, onClose)}
            title={`Preview of ${headline.trim() || 'Untitled brief'}`}
          />
        )}
      </div>
    </ModalDialog>
  );
}
