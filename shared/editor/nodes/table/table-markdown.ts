import type { Node as PmNode } from '@tiptap/pm/model';
import type { MarkdownSerializerState } from 'prosemirror-markdown';
import type { MarkdownRules } from '../../../render/markdown-node-rules';
import { TABLE, TABLE_HEADER } from './table';

/** The rows of a table, each a list of its cells. */
function rowsOf(table: PmNode): PmNode[][] {
  const rows: PmNode[][] = [];
  table.forEach((row) => {
    const cells: PmNode[] = [];
    row.forEach((cell) => cells.push(cell));
    rows.push(cells);
  });
  return rows;
}

const span = (cell: PmNode, name: 'colspan' | 'rowspan'): number => {
  const value: unknown = cell.attrs[name];
  return typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : 1;
};

/** A cell's text as one line of a pipe table, or null when it holds more than one paragraph or a line break. */
function pipeCell(cell: PmNode, contentMarkdown: (node: PmNode) => string): string | null {
  if (span(cell, 'colspan') > 1 || span(cell, 'rowspan') > 1) return null;
  if (cell.childCount !== 1 || cell.firstChild?.type.name !== 'paragraph') return null;
  const text = contentMarkdown(cell).trim();
  if (text.includes('\n')) return null;
  // A pipe inside a cell would end it: GFM reads `\|` as the character, in code spans and links too.
  return text.replace(/\|/g, '\\|');
}

/**
 * The table as GFM pipe rows (header, delimiter, body), or null when GFM
 * cannot say it: no header row, header cells below it, merged cells, or a
 * cell holding more than one line of text.
 */
function pipeTable(table: PmNode, contentMarkdown: (node: PmNode) => string): string[] | null {
  const rows = rowsOf(table);
  const width = rows[0]?.length ?? 0;
  if (width === 0) return null;
  const lines: string[] = [];
  for (const [index, cells] of rows.entries()) {
    if (cells.length !== width) return null;
    if (cells.some((cell) => (cell.type.name === TABLE_HEADER) !== (index === 0))) return null;
    const texts = cells.map((cell) => pipeCell(cell, contentMarkdown));
    if (texts.some((text) => text === null)) return null;
    lines.push(`| ${texts.join(' | ')} |`);
    if (index === 0) lines.push(`|${' --- |'.repeat(width)}`);
  }
  return lines;
}

/**
 * The table as HTML rows whose cells hold Markdown: each cell's content
 * stands between blank lines, so a CommonMark reader reads it as Markdown
 * (lists, emphasis, links) inside the HTML table. Only the table's own tags
 * and numeric spans are written as HTML; the text stays escaped Markdown.
 */
function htmlTable(table: PmNode, contentMarkdown: (node: PmNode) => string): string[] {
  const lines = ['<table>'];
  for (const cells of rowsOf(table)) {
    lines.push('<tr>');
    for (const cell of cells) {
      const tag = cell.type.name === TABLE_HEADER ? 'th' : 'td';
      const colspan = span(cell, 'colspan');
      const rowspan = span(cell, 'rowspan');
      const open = `<${tag}${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}>`;
      const content = contentMarkdown(cell).trim();
      if (content === '') lines.push(`${open}</${tag}>`);
      else lines.push(open, '', ...content.split('\n'), '', `</${tag}>`);
    }
    lines.push('</tr>');
  }
  lines.push('</table>');
  return lines;
}

/** Writes lines one by one, so each gets the enclosing blocks' prefix (a quote's `> `, a list item's indent). */
function writeLines(state: MarkdownSerializerState, lines: readonly string[]): void {
  for (const line of lines) {
    // A blank line (between a cell's tags and its Markdown) is written as one, with the prefix when there is one.
    if (line === '') {
      state.write('\n');
      continue;
    }
    state.write(line);
    state.ensureNewLine();
  }
}

/**
 * A table as a GFM pipe table (`|` in cells escaped); a table GFM cannot
 * express (no header row, merged cells, lists or several paragraphs in a
 * cell) as an HTML table whose cells hold Markdown, so nothing is lost.
 */
export const tableMarkdown: MarkdownRules = ({ contentMarkdown }) => ({
  [TABLE](state, node) {
    writeLines(state, pipeTable(node, contentMarkdown) ?? htmlTable(node, contentMarkdown));
    state.closeBlock(node);
  },
});
