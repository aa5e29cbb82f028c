import { useEffect, useState } from 'react';
import type { Publication } from '../../shared/publish/publish-outcome';
import { useWorkbench } from '../desk/workbench-context';
import { useSaveState } from '../hooks/use-save-state';
import type { SaveController } from '../save/save-controller';
import { publicationText } from './publish-labels';
import { usePublishing } from './publishing-context';

/**
 * Where the open brief is published — target, link, time — and "changed
 * since publishing" once it was edited after. Read again after each save and
 * each publish; shows nothing for a brief that was never published.
 */
export function PublishedWhere({ controller }: { controller: SaveController }) {
  const { api, openBriefId } = useWorkbench();
  const { generation } = usePublishing();
  const { revision } = useSaveState(controller);
  const [publications, setPublications] = useState<Publication[]>([]);

  useEffect(() => {
    if (openBriefId === null) return undefined;
    let current = true;
    api.listPublications({ id: openBriefId }).then(
      (answer) => {
        if (current) setPublications(answer.publications);
      },
      () => {
        if (current) setPublications([]);
      },
    );
    return () => {
      current = false;
    };
  }, [api, openBriefId, revision, generation]);

  if (publications.length === 0) return null;
  return (
    <ul className="published-where" aria-label="Published">
      {publications.map((publication) => (
        <li key={publication.targetId} className="published-where-item">
          {/^https?:\/\//i.test(publication.link) ? (
            <a href={publication.link} target="_blank" rel="noreferrer noopener" title={publication.link}>
              {publicationText(publication)}
            </a>
          ) : (
            <span title={publication.link}>{publicationText(publication)}</span>
          )}
          {publication.changedSince && <span className="published-changed"> · changed since publishing</span>}
        </li>
      ))}
    </ul>
  );
}
