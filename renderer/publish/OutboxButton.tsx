import { usePublishing } from './publishing-context';

/** "Outbox" at the foot of the library, with the number of jobs waiting when there are any. */
export function OutboxButton() {
  const { jobs, openOutbox, refreshOutbox } = usePublishing();
  const count = jobs?.length ?? 0;
  return (
    <button
      type="button"
      className="button button-quiet outbox-button"
      aria-haspopup="dialog"
      aria-label={count > 0 ? `Outbox, ${count} waiting` : 'Outbox'}
      title="Publishes waiting to be sent, failed or needing a decision"
      onClick={() => {
        refreshOutbox();
        openOutbox();
      }}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="icon">
        <path
          d="M2.5 9.5h3l1 1.5h3l1-1.5h3M2.5 9.5l1.5-6h8l1.5 6v3.5h-11zM8 8V4.5M6.3 6.2 8 4.5l1.7 1.7"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.2"
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      </svg>
      <span className="footer-label">Outbox</span>
      {count > 0 && (
        <span className="outbox-badge" aria-hidden="true">
          {count}
        </span>
      )}
    </button>
  );
}
