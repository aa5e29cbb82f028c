export type Decision = 'overwrite' | 'pull' | 'cancel';

export interface DecisionButtonsProps {
  /** The decision being carried out, if any (its button reads "…", all are disabled). */
  busy: Decision | null;
  onDecide: (decision: Decision) => void;
  /** Names the brief in the buttons' accessible names when several jobs are listed together. */
  context?: string;
}

const LABELS: Record<Decision, { label: string; busy: string }> = {
  overwrite: { label: 'Overwrite the site’s version', busy: 'Overwriting…' },
  pull: { label: 'Pull the site’s version into a new revision', busy: 'Pulling…' },
  cancel: { label: 'Cancel', busy: 'Cancelling…' },
};

/** The three choices when the site's copy changed since the last publish: overwrite it, pull it into the brief, or cancel. */
export function DecisionButtons({ busy, onDecide, context }: DecisionButtonsProps) {
  const order: Decision[] = ['overwrite', 'pull', 'cancel'];
  return (
    <div className="decision-buttons" role="group" aria-label={context ? `Decide for ${context}` : 'Decide'}>
      {order.map((decision) => (
        <button
          key={decision}
          type="button"
          className={decision === 'overwrite' ? 'button button-small button-danger' : 'button button-small'}
          aria-label={context && decision === 'cancel' ? `Cancel publishing ${context}` : undefined}
          disabled={busy !== null}
          onClick={() => onDecide(decision)}
        >
          {busy === decision ? LABELS[decision].busy : LABELS[decision].label}
        </button>
      ))}
    </div>
  );
}
