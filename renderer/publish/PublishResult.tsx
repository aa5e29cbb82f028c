import type { JobResolution } from '../../shared/publish/publish-outcome';
import { type Decision, DecisionButtons } from './DecisionButtons';
import { publicationText, remoteChangeText } from './publish-labels';

export interface PublishResultProps {
  result: JobResolution;
  /** The decision being carried out for a needs-decision job. */
  deciding: Decision | null;
  onDecide: (decision: Decision) => void;
  onOpenOutbox: () => void;
}

/** A link to a published page, opened outside the app. */
function PublishedLink({ href }: { href: string }) {
  if (!/^https?:\/\//i.test(href)) return <code className="publish-link-text">{href}</code>;
  return (
    <a className="publish-link" href={href} target="_blank" rel="noreferrer noopener">
      {href}
    </a>
  );
}

/**
 * What a publish (or a decision) came to: published (where, with its link),
 * queued (it will go when the site can be reached — see the Outbox), failed
 * (why), waiting for a decision (the site's copy changed: overwrite, pull or
 * cancel), pulled into the brief, or cancelled.
 */
export function PublishResult({ result, deciding, onDecide, onOpenOutbox }: PublishResultProps) {
  const outboxButton = (
    <button type="button" className="button button-small" onClick={onOpenOutbox}>
      Open the Outbox
    </button>
  );
  switch (result.state) {
    case 'published':
      return (
        <div className="publish-result is-ok" role="status">
          <p className="publish-result-title">{publicationText(result.publication)}</p>
          <p>
            <PublishedLink href={result.publication.link} />
          </p>
          {result.warnings.length > 0 && (
            <ul className="publish-result-warnings" aria-label="Notes">
              {result.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
        </div>
      );
    case 'queued':
      return (
        <div className="publish-result is-waiting" role="status">
          <p className="publish-result-title">Will publish when the site can be reached.</p>
          <p>{result.message}</p>
          {outboxButton}
        </div>
      );
    case 'failed':
      return (
        <div className="publish-result is-problem" role="alert">
          <p className="publish-result-title">Couldn’t publish.</p>
          <p>{result.message}</p>
          <p>The job stays in the Outbox: retry it there once this is fixed, or cancel it.</p>
          {outboxButton}
        </div>
      );
    case 'needs_decision':
      return (
        <div className="publish-result is-decision" role="alert">
          <p className="publish-result-title">The site’s copy changed since the last publish.</p>
          <p>{remoteChangeText(result.job) ?? result.message}</p>
          <p>Nothing was written. Choose what to do:</p>
          <DecisionButtons busy={deciding} onDecide={onDecide} />
        </div>
      );
    case 'blocked':
      return (
        <div className="publish-result is-problem" role="alert">
          <p className="publish-result-title">Not published.</p>
          <p>{result.message}</p>
        </div>
      );
    case 'pulled':
      return (
        <div className="publish-result is-ok" role="status">
          <p className="publish-result-title">The site’s version is now the brief’s newest revision.</p>
          <p>The version it replaced is kept in History. Nothing was published.</p>
        </div>
      );
    case 'cancelled':
      return (
        <div className="publish-result" role="status">
          <p className="publish-result-title">Cancelled — nothing was sent to the site.</p>
        </div>
      );
  }
}
