/** The HTML of Briefdesk's blocks, as the body schema's parse rules read it. */

/** The sign-off lines of an Editor's Desk, in order. */
export interface DeskFields {
  title: string;
  deskName: string;
  series: string;
  publication: string;
}

/** A Key Takeaways block: `<section data-type="key-takeaways"><ol><li data-type="takeaway">…`; each item is text or the nodes to move in. */
export function takeawaysElement(document: Document, items: (string | Node[])[]): HTMLElement {
  const section = document.createElement('section');
  section.setAttribute('data-type', 'key-takeaways');
  const list = document.createElement('ol');
  for (const item of items) {
    const entry = document.createElement('li');
    entry.setAttribute('data-type', 'takeaway');
    if (typeof item === 'string') entry.textContent = item;
    else entry.append(...item);
    list.append(entry);
  }
  section.append(list);
  return section;
}

/** An Editor's Desk block: `<aside data-type="editors-desk" data-title=…>` with the analysis in `.editors-desk-body` (an empty paragraph when there is none). */
export function deskElement(document: Document, fields: DeskFields, analysis: Node[]): HTMLElement {
  const aside = document.createElement('aside');
  aside.setAttribute('data-type', 'editors-desk');
  aside.setAttribute('data-title', fields.title);
  aside.setAttribute('data-desk-name', fields.deskName);
  aside.setAttribute('data-series', fields.series);
  aside.setAttribute('data-publication', fields.publication);
  const body = document.createElement('div');
  body.className = 'editors-desk-body';
  body.append(...(analysis.length > 0 ? analysis : [document.createElement('p')]));
  aside.append(body);
  return aside;
}

/** A paragraph of text lines separated by line breaks. */
export function paragraphElement(document: Document, lines: readonly string[]): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  lines.forEach((line, index) => {
    if (index > 0) paragraph.append(document.createElement('br'));
    paragraph.append(line);
  });
  return paragraph;
}
