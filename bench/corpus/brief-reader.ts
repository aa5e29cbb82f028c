import type { Brief, PmNodeJson } from '../../shared/model/brief';
import { type Counts, squash, wordsOf } from './counts';

/** The text of a node, its notes left out (they are counted apart). */
function textOf(node: PmNodeJson): string {
  if (node.type === 'footnote') return '';
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(textOf).join(node.type === 'doc' || node.type === 'listItem' ? ' ' : '');
}

/**
 * Counts what an imported brief holds, the same way as the pandoc reader:
 * the headline is the level-1 heading, body headings keep theirs; notes are
 * the footnote nodes; code blocks their exact text; links every link mark's
 * address (in notes too).
 */
export function readBrief(brief: Brief): Counts {
  const counts: Counts = { words: [], headings: [], notes: [], code: [], links: [], anchors: [] };
  if (brief.headline) {
    counts.headings.push({ level: 1, text: squash(brief.headline) });
    counts.words.push(...wordsOf(brief.headline));
  }
  counts.words.push(...wordsOf(brief.standfirst), ...wordsOf(brief.byline));
  const walk = (node: PmNodeJson): void => {
    for (const mark of node.marks ?? []) {
      const href = mark.attrs?.href;
      if (mark.type === 'link' && typeof href === 'string') counts.links.push(href);
    }
    if (node.type === 'text') {
      counts.words.push(...wordsOf(node.text ?? ''));
      return;
    }
    if (node.type === 'codeBlock') {
      counts.code.push(textOf(node));
      return;
    }
    if (node.type === 'heading') {
      counts.headings.push({ level: Number(node.attrs?.level ?? 2), text: squash(textOf(node)) });
      const anchor = node.attrs?.anchor;
      if (typeof anchor === 'string' && anchor !== '') counts.anchors.push(anchor);
    }
    if (node.type === 'footnote') counts.notes.push(squash((node.content ?? []).map(textOf).join(' ')));
    (node.content ?? []).forEach(walk);
  };
  walk(brief.body);
  return counts;
}
