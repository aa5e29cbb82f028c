import type { ReactNode } from 'react';

export interface PaneMessageProps {
  title: string;
  children?: ReactNode;
  /** An error the analyst should notice (read out at once). */
  alert?: boolean;
}

/** The editor area when no brief is shown: loading, nothing selected, or a failure. */
export function PaneMessage({ title, children, alert = false }: PaneMessageProps) {
  return (
    <main className="editor-pane pane-message" aria-label="Brief editor" aria-busy={title.endsWith('…')} data-region="editor" tabIndex={-1}>
      <div className="pane-message-box" role={alert ? 'alert' : undefined}>
        <h2>{title}</h2>
        {children}
      </div>
    </main>
  );
}
