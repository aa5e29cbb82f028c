import type { PmNodeJson } from '../../../model/brief';

/** Fewest items a Key Takeaways block usually has. */
export const TAKEAWAYS_MIN = 3;
/** Most items a Key Takeaways block usually has. */
export const TAKEAWAYS_MAX = 7;
/** About one sentence: the length above which an item gets a warning. */
export const TAKEAWAY_ITEM_MAX_CHARS = 200;

/** Advice on a Key Takeaways block. Warnings never block saving or export. */
export interface TakeawaysReport {
  /** Number of items. */
  count: number;
  /** Messages for the analyst, in item order; empty when the block looks right. */
  warnings: string[];
}

/** Characters as a reader counts them (code points, not UTF-16 units). */
function charCount(text: string): number {
  return [...text].length;
}

/** Checks the texts of a block's items against the house rules for takeaways. */
export function takeawaysReportFromTexts(items: readonly string[]): TakeawaysReport {
  const count = items.length;
  const warnings: string[] = [];
  if (count < TAKEAWAYS_MIN || count > TAKEAWAYS_MAX) {
    warnings.push(`Key Takeaways usually has ${TAKEAWAYS_MIN}–${TAKEAWAYS_MAX} items; this one has ${count}.`);
  }
  items.forEach((raw, index) => {
    const text = raw.trim();
    const length = charCount(text);
    if (length === 0) {
      warnings.push(`Item ${index + 1} is empty.`);
    } else if (length > TAKEAWAY_ITEM_MAX_CHARS) {
      warnings.push(
        `Item ${index + 1} runs to ${length} characters; keep each takeaway to one sentence (about ${TAKEAWAY_ITEM_MAX_CHARS} characters).`,
      );
    }
  });
  return { count, warnings };
}

function inlineText(node: PmNodeJson): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(inlineText).join('');
}

/**
 * Advice on a `keyTakeaways` block given as ProseMirror JSON (as stored, or
 * `node.toJSON()` in the editor): item count outside 3–7, empty items, items
 * longer than one sentence.
 */
export function takeawaysReport(json: PmNodeJson): TakeawaysReport {
  const items = (json.content ?? []).filter((child) => child.type === 'takeaway');
  return takeawaysReportFromTexts(items.map(inlineText));
}

/** Advice on every `keyTakeaways` block in a body, in document order. */
export function takeawaysReportsInBody(doc: PmNodeJson): TakeawaysReport[] {
  const reports: TakeawaysReport[] = [];
  const visit = (node: PmNodeJson): void => {
    if (node.type === 'keyTakeaways') reports.push(takeawaysReport(node));
    else node.content?.forEach(visit);
  };
  visit(doc);
  return reports;
}
