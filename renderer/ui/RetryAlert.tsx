import type { ReactNode } from 'react';

/** Why something could not be loaded, read out at once, with a Retry button. */
export function RetryAlert({ message, onRetry }: { message: ReactNode; onRetry: () => void }) {
  return (
    <div className="inline-error" role="alert">
      <p>{message}</p>
      <button type="button" className="button button-small" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
