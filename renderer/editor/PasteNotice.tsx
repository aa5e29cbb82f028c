import type { PasteReport } from './paste-sanitizer';

export interface PasteNoticeProps {
  report: PasteReport;
  onDismiss: () => void;
}

/** While a paste's images are stored: "Bringing in 3 images…"; after it: what it left out, until dismissed. */
export function PasteNotice({ report, onDismiss }: PasteNoticeProps) {
  if (report.storing > 0) {
    return (
      <p className="body-progress" aria-live="polite">
        Bringing in {report.storing === 1 ? '1 image' : `${report.storing} images`}…
      </p>
    );
  }
  if (report.notice === null) return null;
  return (
    <div className="body-notice paste-notice" role="alert">
      <span>{report.notice}</span>
      <button type="button" className="paste-notice-dismiss" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
