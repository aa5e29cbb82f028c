import { useEffect, useState } from 'react';
import { useWorkbench } from '../workbench/workbench-context';
import './backup.css';

interface Status {
  readOnly: boolean;
  notice: string | null;
}

/**
 * A banner at the top of the library when it was opened in a way the
 * analyst should know about: read-only because a newer Briefdesk wrote it
 * (stays), or upgraded from an older format with a backup kept (dismissable).
 */
export function LibraryNotice() {
  const { api } = useWorkbench();
  const [status, setStatus] = useState<Status | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    let current = true;
    api.getLibraryStatus({}).then(
      (answer) => {
        if (current) setStatus(answer);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);

  if (!status?.notice || dismissed) return null;
  return (
    <div className={`library-notice${status.readOnly ? ' library-notice-read-only' : ''}`} role={status.readOnly ? 'alert' : 'status'}>
      <p>{status.notice}</p>
      {!status.readOnly && (
        <button type="button" className="button button-small" onClick={() => setDismissed(true)}>
          Dismiss
        </button>
      )}
    </div>
  );
}
