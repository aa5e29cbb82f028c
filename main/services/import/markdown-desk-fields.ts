import { EDITORS_DESK_DEFAULT_TITLE, MARKDOWN_DESK_LABELS } from '../../../shared/editor/nodes/editors-desk';
import { type DeskFields, deskElement } from './block-elements';
import { linesOf } from './block-text';

const FIELD_BY_LABEL = new Map<string, keyof DeskFields>([
  [MARKDOWN_DESK_LABELS.title.toLowerCase(), 'title'],
  [MARKDOWN_DESK_LABELS.deskName.toLowerCase(), 'deskName'],
  [MARKDOWN_DESK_LABELS.series.toLowerCase(), 'series'],
  [MARKDOWN_DESK_LABELS.publication.toLowerCase(), 'publication'],
]);

/** The desk's fields from its first paragraph's labelled lines ("Title: …", "Desk: …"), or null when it is not such a paragraph. */
function fieldsOf(paragraph: Element): DeskFields | null {
  const fields: DeskFields = { title: EDITORS_DESK_DEFAULT_TITLE, deskName: '', series: '', publication: '' };
  const lines = linesOf(paragraph);
  if (lines.length === 0) return null;
  for (const line of lines) {
    const match = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    const field = match?.[1] ? FIELD_BY_LABEL.get(match[1].toLowerCase()) : undefined;
    if (!field) return null;
    fields[field] = match?.[2] ?? '';
  }
  return fields;
}

/**
 * Turns each `:::editors-desk` container (an `<aside data-type="editors-desk">`
 * without fields, as markdownDeskContainer renders it) into an Editor's
 * Desk: its first paragraph's labelled lines (Title, Desk, Series,
 * Publication — see renderBodyMarkdown) become the fields, the rest is the
 * analysis. A container without that paragraph keeps all its content as
 * analysis, titled "Strategic Analysis".
 */
export function readMarkdownDesks(root: ParentNode): void {
  for (const aside of Array.from(root.querySelectorAll('aside[data-type="editors-desk"]:not([data-title])'))) {
    const first = aside.firstElementChild;
    const fields = first?.localName === 'p' ? fieldsOf(first) : null;
    if (fields) first?.remove();
    const desk = deskElement(aside.ownerDocument, fields ?? { title: EDITORS_DESK_DEFAULT_TITLE, deskName: '', series: '', publication: '' }, Array.from(aside.childNodes));
    aside.replaceWith(desk);
  }
}
