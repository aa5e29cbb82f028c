/** Whether every cell of `table` holds at most one paragraph and nothing else: what a core/table cell (inline text) can hold. */
function fitsTableBlock(table: Element): boolean {
  return Array.from(table.querySelectorAll('th, td')).every((cell) => {
    const [first, ...rest] = Array.from(cell.children);
    return first === undefined || (rest.length === 0 && first.localName === 'p' && first.querySelector('table') === null);
  });
}

/**
 * Makes each table of a post's content that WordPress's Table block can
 * hold a `core/table` block — `<!-- wp:table -->` around
 * `<figure class="wp-block-table">`, each cell's paragraph unwrapped to the
 * cell's inline text, as the block editor saves it — so the site's editor
 * opens it as a table block. A table with lists or several paragraphs in a
 * cell stays plain HTML (the classic block shows it as it is).
 * `hasFixedLayout` is written out, so the markup matches on every WordPress
 * version whatever its default.
 */
export function tablesAsBlocks(root: DocumentFragment | Element): void {
  const document = root.ownerDocument ?? null;
  if (document === null) return;
  const tables = Array.from(root.querySelectorAll('table')).filter((table) => (table.parentElement?.closest('table') ?? null) === null);
  for (const table of tables) {
    if (!fitsTableBlock(table)) continue;
    for (const paragraph of Array.from(table.querySelectorAll(':is(th, td) > p')))
      paragraph.replaceWith(...Array.from(paragraph.childNodes));
    // The Table block keeps no direction per cell: with `dir` its markup would not match what the block saves,
    // and the site's editor would call it invalid. Its cells follow the post's direction.
    for (const cell of Array.from(table.querySelectorAll('th, td'))) cell.removeAttribute('dir');
    const figure = document.createElement('figure');
    figure.className = 'wp-block-table';
    table.replaceWith(figure);
    figure.append(table);
    figure.before(document.createComment(' wp:table {"hasFixedLayout":false} '));
    figure.after(document.createComment(' /wp:table '));
  }
}
