import type { LibraryMatch } from '../../shared/api/contract';

/** A preview row's key: its source, id and index. */
export function matchKey(match: Pick<LibraryMatch, 'source' | 'id' | 'index'>): string {
  return `${match.source}:${match.id}:${match.index}`;
}

/** Whether a row starts ticked: not when it changes a desk-library original or leaves something blank. */
export function tickedByDefault(match: LibraryMatch): boolean {
  return match.source === 'brief' && match.empties === null;
}

export interface ReplacePreviewProps {
  matches: readonly LibraryMatch[];
  /** Show the replacement and a checkbox per row (Replace), or only the matches (Find). */
  replacing: boolean;
  ticked: ReadonlySet<string>;
  onToggle: (key: string, on: boolean) => void;
}

function groupsOf(matches: readonly LibraryMatch[]): LibraryMatch[][] {
  const groups = new Map<string, LibraryMatch[]>();
  for (const match of matches) {
    const key = `${match.source}:${match.id}`;
    groups.set(key, [...(groups.get(key) ?? []), match]);
  }
  return [...groups.values()];
}

function MatchText({ match, replacing }: { match: LibraryMatch; replacing: boolean }) {
  return (
    <span className="replace-preview-text">
      <span className="replace-preview-field">{match.label}: </span>
      {match.before.length > 0 && <span>{match.before}</span>}
      <mark className={replacing ? 'replace-preview-before' : undefined}>{match.match}</mark>
      {replacing && (
        <>
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden"> becomes </span>
          <ins className="replace-preview-after">{match.replacement === '' ? '(nothing)' : match.replacement}</ins>
        </>
      )}
      {match.after.length > 0 && <span>{match.after}</span>}
    </span>
  );
}

/** The preview of Find / Replace in all briefs: rows grouped by brief (and desk block), each with its checkbox. */
export function ReplacePreview({ matches, replacing, ticked, onToggle }: ReplacePreviewProps) {
  return (
    <div className="replace-preview" role="group" aria-label="Matches">
      {groupsOf(matches).map((group) => {
        const first = group[0];
        if (!first) return null;
        return (
          <section key={`${first.source}:${first.id}`} className="replace-preview-group">
            <h3 className="replace-preview-title">
              {first.source === 'desk' ? `Desk block “${first.title}”` : first.title}
              {first.source === 'desk' && (
                <span className="replace-preview-note">
                  {' '}
                  — synced: ticking changes the original in the desk library, in every brief that uses it
                </span>
              )}
            </h3>
            <ul className="replace-preview-rows">
              {group.map((match) => {
                const key = matchKey(match);
                return (
                  <li key={key} className="replace-preview-row">
                    {replacing ? (
                      <label>
                        <input type="checkbox" checked={ticked.has(key)} onChange={(event) => onToggle(key, event.target.checked)} />
                        <MatchText match={match} replacing />
                      </label>
                    ) : (
                      <MatchText match={match} replacing={false} />
                    )}
                    {replacing && match.empties !== null && (
                      <span className="replace-preview-warning">
                        Would leave the {match.empties} blank
                        {match.empties === 'Key Takeaways item' ? ' (the item is kept, empty)' : ' — a required field: left as it is'}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
