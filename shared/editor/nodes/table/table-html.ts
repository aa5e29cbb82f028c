/** The rows of a table element itself (in its `thead`, `tbody`, `tfoot` or directly in it), not those of a table inside a cell. */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    if (child.localName === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.localName))
      rows.push(...Array.from(child.children).filter((row) => row.localName === 'tr'));
  }
  return rows;
}

const isHeaderRow = (row: Element): boolean => row.children.length > 0 && Array.from(row.children).every((cell) => cell.localName === 'th');

/**
 * Gives every table under `root` the structure readers and assistive
 * technology expect: the leading rows made only of header cells go into a
 * `<thead>` and their cells get `scope="col"`; the other rows go into a
 * `<tbody>`, where a header cell (a header column) gets `scope="row"`.
 * The body schema renders a table as rows in one `<tbody>`; exports call
 * this on the sanitized HTML.
 */
export function structureTables(root: Element): void {
  for (const table of Array.from(root.getElementsByTagName('table'))) {
    const document = table.ownerDocument;
    const rows = ownRows(table);
    const headerCount = rows.findIndex((row) => !isHeaderRow(row));
    const head = rows.slice(0, headerCount === -1 ? rows.length : headerCount);
    const body = rows.slice(head.length);
    const kept = Array.from(table.children).filter((child) => !['tr', 'thead', 'tbody', 'tfoot'].includes(child.localName));
    table.replaceChildren(...kept);
    if (head.length > 0) {
      const thead = document.createElement('thead');
      thead.append(...head);
      table.append(thead);
    }
    if (body.length > 0) {
      const tbody = document.createElement('tbody');
      tbody.append(...body);
      table.append(tbody);
    }
    for (const row of rows) {
      for (const cell of Array.from(row.children)) {
        if (cell.localName === 'th') cell.setAttribute('scope', head.includes(row) ? 'col' : 'row');
      }
    }
  }
}
