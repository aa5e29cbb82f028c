/**
 * Tables: TipTap's table extension with the body's cell content, the GFM
 * (or HTML) Markdown rule, the export's `<thead>` structure and the diff
 * lines. The editing UI (toolbar, CSS) lives in renderer/nodes/table/.
 */
export {
  BriefTable,
  BriefTableCell,
  BriefTableHeader,
  NEW_TABLE,
  TABLE,
  TABLE_CELL,
  TABLE_CELL_CONTENT,
  TABLE_HEADER,
  TABLE_ROW,
  tableExtensions,
} from './table';
export { tableMarkdown } from './table-markdown';
export { structureTables } from './table-html';
export { tableLines } from './table-lines';
