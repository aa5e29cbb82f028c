import { EDITORS_DESK } from '../editor/nodes/editors-desk/editors-desk';
import { FOOTNOTE } from '../editor/nodes/footnote/footnote-name';
import { KEY_TAKEAWAYS } from '../editor/nodes/key-takeaways/key-takeaways';
import type { PmNodeJson } from './brief';
import { countWords, countWordsInText, noteWords } from './word-count';

/** A brief body's words by section. */
export interface SectionWords {
  /** Every Key Takeaways block's items. */
  takeaways: number;
  /** Every Editor's Desk: its title, its text and its sign-off lines. */
  desk: number;
  /** The rest of the body: what is neither a takeaway nor a desk (footnotes apart). */
  body: number;
  /** The footnotes' words. */
  notes: number;
}

const DESK_TEXT_ATTRS = ['title', 'deskName', 'series', 'publication'] as const;

function deskWords(desk: PmNodeJson): number {
  const attrs = DESK_TEXT_ATTRS.map((name) => desk.attrs?.[name]).filter((value): value is string => typeof value === 'string');
  return countWordsInText(attrs.join('\n')) + countWords(desk);
}

/**
 * The words of a body by section: Key Takeaways, Editor's Desk (fields and
 * text) and the rest, each counted as the status bar counts words
 * (countWords: footnotes left out and counted apart).
 */
export function sectionWords(doc: PmNodeJson): SectionWords {
  const words: SectionWords = { takeaways: 0, desk: 0, body: 0, notes: noteWords(doc).words };
  const rest: PmNodeJson[] = [];
  const visit = (node: PmNodeJson): void => {
    if (node.type === FOOTNOTE) return;
    if (node.type === KEY_TAKEAWAYS) words.takeaways += countWords(node);
    else if (node.type === EDITORS_DESK) words.desk += deskWords(node);
    else if (node.content && !node.content.some((child) => typeof child.text === 'string')) node.content.forEach(visit);
    else rest.push(node);
  };
  (doc.content ?? []).forEach(visit);
  words.body = rest.reduce((sum, node) => sum + countWords(node), 0);
  return words;
}
