import { useEffect, useState } from 'react';
import type { Publication } from '../../shared/publish/publish-outcome';
import { useWorkbench } from '../workbench/workbench-context';
import { useSaveState } from '../save/use-save-state';
import type { SaveController } from '../save/save-controller';
import { publicationText, targetNameOf } from './publish-labels';
import { usePublishing } from './publishing-context';
import { UnpublishDialog } from './UnpublishDialog';

/**
 * Where the open brief is published — target, link, time — and "changed
 * since publishing" once it was edited after. Read again after each save and
 * each publish; shows nothing for a brief that was never published. A page
 * in a static-site folder can be unpublished from here (after a confirm); a
 * WordPress post is taken down on the site itself, so it has no such button.
 */
export function PublishedWhere({ controller }: { controller: SaveController }) {
  const { api, openBriefId } = useWorkbench();
  const { generation, changed } = usePublishing();
  const [unpublishing, setUnpublishing] = useState<Publication | null>(null);
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
    <>
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
            {publication.kind === 'folder' && (
              <button
                type="button"
                className="button button-quiet button-small published-unpublish"
                aria-label={`Unpublish from ${targetNameOf(publication)}`}
                onClick={() => setUnpublishing(publication)}
              >
                Unpublish
              </button>
            )}
          </li>
        ))}
      </ul>
      {unpublishing && (
        <UnpublishDialog
          publication={unpublishing}
          onCancel={() => setUnpublishing(null)}
          onDone={() => {
            setUnpublishing(null);
            changed();
          }}
        />
      )}
    </>
  );
}
