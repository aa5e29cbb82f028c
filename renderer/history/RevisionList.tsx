import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import type { RevisionSummary } from '../../shared/revisions/revision';
import { exactTime, relativeTime } from '../format/relative-time';
import { wordsLabel } from '../format/word-count-label';
import { kindLabel, revisionTitle } from './revision-labels';

export interface RevisionListProps {
  revisions: readonly RevisionSummary[];
  selectedId: string | null;
  onSelect: (revisionId: string) => void;
  /** The id of the element that names the list ("Revisions"). */
  labelledBy: string;
  /** For "3 min ago". */
  now: number;
}

/**
 * The "Revisions" listbox, newest first: each with its title (a named
 * version's name, or its kind), when (relative; the exact time as a
 * tooltip) and its word count. Arrow keys, Home and End move the selection.
 */
export function RevisionList({ revisions, selectedId, onSelect, labelledBy, now }: RevisionListProps) {
  const baseId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const optionId = (id: string): string => `${baseId}-${id}`;
  const selectedIndex = revisions.findIndex((revision) => revision.id === selectedId);

  useEffect(() => {
    if (selectedId === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-revision="${CSS.escape(selectedId)}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>): void {
    const last = revisions.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, selectedIndex + 1),
      ArrowUp: Math.max(0, selectedIndex - 1),
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target === undefined || last < 0) return;
    event.preventDefault();
    const revision = revisions[target];
    if (revision) onSelect(revision.id);
  }

  return (
    <ul
      ref={listRef}
      className="revision-list"
      role="listbox"
      aria-labelledby={labelledBy}
      tabIndex={0}
      aria-activedescendant={selectedId === null ? undefined : optionId(selectedId)}
      onKeyDown={onKeyDown}
      data-autofocus
    >
      {revisions.map((revision) => {
        const selected = revision.id === selectedId;
        return (
          <li
            key={revision.id}
            id={optionId(revision.id)}
            data-revision={revision.id}
            role="option"
            aria-selected={selected}
            className={`revision-option revision-${revision.kind}`}
            onClick={() => onSelect(revision.id)}
          >
            <span className="revision-title">{revisionTitle(revision)}</span>
            {revision.kind === 'named' && <span className="revision-kind">{kindLabel(revision.kind)}</span>}
            <span className="revision-meta">
              <time dateTime={revision.createdAt} title={exactTime(revision.createdAt)}>
                {relativeTime(revision.createdAt, now)}
              </time>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
              {wordsLabel(revision.wordCount)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
