import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import type { Extensions } from '@tiptap/core';

/** Node names of a table and its parts. */
export const TABLE = 'table';
export const TABLE_ROW = 'tableRow';
export const TABLE_CELL = 'tableCell';
export const TABLE_HEADER = 'tableHeader';

/**
 * What a cell may hold: the body's ordinary blocks, a table among them —
 * never the brief's own blocks (Key Takeaways, Editor's Desk), which stand
 * in the body itself.
 */
export const TABLE_CELL_CONTENT =
  '(paragraph | heading | bulletList | orderedList | blockquote | codeBlock | horizontalRule | image | table)+';

/** The size a new table gets: three by three, its first row the header. */
export const NEW_TABLE = { rows: 3, cols: 3, withHeaderRow: true } as const;

/** A data cell (`<td>`), holding the body's ordinary blocks. */
export const BriefTableCell = TableCell.extend({ content: TABLE_CELL_CONTENT });

/** A header cell (`<th>`), holding what a data cell holds. */
export const BriefTableHeader = TableHeader.extend({ content: TABLE_CELL_CONTENT });

/**
 * The body's table, TipTap's table extension (prosemirror-tables): rows of
 * header and data cells, merged cells kept (`colspan`, `rowspan`); no
 * column resizing (a brief's table takes the column's width). Its commands
 * (insertTable, addRowAfter, toggleHeaderRow, deleteTable…) and keys (Tab /
 * Shift+Tab between cells, Tab in the last cell adds a row) are the
 * extension's.
 */
export const BriefTable = Table.configure({ resizable: false, allowTableNodeSelection: false });

/** The table, its rows and its two kinds of cell, for the body's extensions. */
export const tableExtensions: Extensions = [BriefTable, TableRow, BriefTableHeader, BriefTableCell];
