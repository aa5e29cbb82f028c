import type { PasteReport } from './paste-sanitizer';

export interface PasteNoticeProps {
  report: PasteReport;
  onDismiss: () => void;
  /** Opens the alt text dialog on the next pasted image without one. */
  onDescribe: () => void;
}

/**
 * While a paste's images are stored: "Bringing in 3 images…"; after it: what
 * it left out and how many of its images still need alt text (with the button
 * that asks for it), until dismissed.
 */
export function PasteNotice({ report, onDismiss, onDescribe }: PasteNoticeProps) {
  if (report.storing > 0) {
    return (
      <p className="body-progress" aria-live="polite">
        Bringing in {report.storing === 1 ? '1 image' : `${report.storing} images`}…
      </p>
    );
  }
  if (report.notice === null && report.missingAlt === 0) return null;
  const missing = report.missingAlt === 1 ? '1 pasted image has no alt text.' : `${report.missingAlt} pasted images have no alt text.`;
  return (
    <div className="body-notice paste-notice" role="alert">
      <span>
        {report.notice}
        {report.notice !== null && report.missingAlt > 0 && ' '}
        {report.missingAlt > 0 && missing}
      </span>
      {report.missingAlt > 0 && (
        <button type="button" className="paste-notice-action" onClick={onDescribe}>
          Add alt text
        </button>
      )}
      <button type="button" className="paste-notice-dismiss" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
