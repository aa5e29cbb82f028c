import { useDeferredValue, useMemo } from 'react';
import type { BodyDoc } from '../../shared/model/brief';
import { countWords, readingMinutes } from '../../shared/model/word-count';
import { readingLabel } from '../model/word-count-label';
import { PublishedWhere } from '../publish/PublishedWhere';
import type { SaveController } from '../save/save-controller';
import { SaveStatus } from './SaveStatus';

export interface StatusBarProps {
  body: BodyDoc;
  controller: SaveController;
  onReload: () => void;
}

/** Length of the body, where the brief is published, and whether it is on disk. */
export function StatusBar({ body, controller, onReload }: StatusBarProps) {
  const deferredBody = useDeferredValue(body);
  const words = useMemo(() => countWords(deferredBody), [deferredBody]);
  return (
    <footer className="status-bar">
      <span className="word-count">{readingLabel(words, readingMinutes(words))}</span>
      <PublishedWhere controller={controller} />
      <SaveStatus controller={controller} onReload={onReload} />
    </footer>
  );
}
