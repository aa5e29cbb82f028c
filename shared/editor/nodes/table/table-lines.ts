import type { PmNodeJson } from '../../../model/brief';
import { inlineFormat, type BodyLineRule } from '../../../revisions/body-line';
import { plainTextOf } from '../../../model/word-count';

/** A cell's text on one line: its blocks joined by " / ", line breaks as spaces. */
function cellText(cell: PmNodeJson): string {
  return plainTextOf(cell)
    .replace(/\s*\n\s*/g, ' / ')
    .trim();
}

/**
 * A table as one line per row, its cells between pipes ("| Region | Share |"),
 * the cells' marks, spans and header status as the format — so a changed
 * cell shows as its row changed.
 */
export const tableLines: BodyLineRule = (node, place, out) => {
  for (const row of node.content ?? []) {
    const cells = row.content ?? [];
    const text = `| ${cells.map(cellText).join(' | ')} |`;
    const format = JSON.stringify(cells.map((cell) => [cell.type, cell.attrs ?? {}, (cell.content ?? []).map(inlineFormat)]));
    out.addAt(place, 'paragraph', text, format);
  }
};
