import type { Node as PmNode } from '@tiptap/pm/model';
import { takeawaysReportFromTexts, type TakeawaysReport } from '../../../shared/editor/nodes/key-takeaways';

/** The text of each item of a Key Takeaways block (a line break reads as a space). */
export function takeawayTexts(block: PmNode): string[] {
  const texts: string[] = [];
  block.forEach((item) => texts.push(item.textBetween(0, item.content.size, ' ', ' ')));
  return texts;
}

/** "1 item", "5 items". */
export function itemCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'item' : 'items'}`;
}

/**
 * The house-rule advice to show on a block. Empty items are flagged only
 * once the analyst has left the block and it has some text: while writing in
 * it (`editing`), or in a block not started yet (from a template), an empty
 * item is work in progress. The count and over-long items are always flagged.
 */
export function takeawaysAdvice(texts: readonly string[], editing: boolean): TakeawaysReport {
  const isEmpty = (text: string): boolean => text.trim() === '';
  if (!editing && !texts.every(isEmpty)) return takeawaysReportFromTexts(texts);
  // A stand-in for empty items, so only they go unflagged.
  return takeawaysReportFromTexts(texts.map((text) => (isEmpty(text) ? '…' : text)));
}
