import type { PmNodeJson } from './brief';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Words in a string, language-aware (CJK text is segmented, not split on spaces). */
export function countWordsInText(text: string): number {
  let words = 0;
  for (const segment of segmenter.segment(text)) {
    if (segment.isWordLike) words += 1;
  }
  return words;
}

/** All the text of a ProseMirror JSON node: inline content joined, blocks separated by newlines. */
export function plainTextOf(node: PmNodeJson): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'hardBreak') return '\n';
  const children = node.content ?? [];
  const holdsText = children.some((child) => typeof child.text === 'string');
  return children.map(plainTextOf).join(holdsText ? '' : '\n');
}

/** Word count of a body document. */
export function countWords(doc: PmNodeJson): number {
  return countWordsInText(plainTextOf(doc));
}

/** Reading time in whole minutes at 230 words a minute (at least 1 for any text). */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
