import type { IndexProgress } from '../../shared/api/contract';

/** What each kind of index work is called in the library. */
const LABELS: Record<Exclude<IndexProgress['state'], 'ready' | 'checking'>, string> = {
  rebuilding: 'Rebuilding the library index',
  updating: 'Updating the library index',
  indexing: 'Indexing the library for search',
};

/**
 * The index's progress while it reads brief files — "Rebuilding the library
 * index — 3,412 of 10,000" with a bar — and nothing while it is ready (or only
 * checking a few files). The list shows what is indexed so far meanwhile.
 */
export function IndexProgressBar({ index }: { index: IndexProgress }) {
  if (index.state === 'ready' || index.state === 'checking') return null;
  const label = LABELS[index.state];
  const counted = index.total > 0;
  return (
    <div className="index-progress">
      <p className="index-progress-text" role="status">
        {label}
        {counted ? ` — ${index.done.toLocaleString()} of ${index.total.toLocaleString()}` : '…'}
      </p>
      <div
        className="index-progress-bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={counted ? index.total : undefined}
        aria-valuenow={counted ? index.done : undefined}
      >
        <span style={{ width: counted ? `${Math.min(100, (100 * index.done) / index.total)}%` : '0%' }} />
      </div>
    </div>
  );
}
