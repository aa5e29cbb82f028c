import { EDITORS_DESK_DEFAULT_TITLE, markdownDeskFields } from '../../../shared/editor/nodes/editors-desk';
import { deskElement } from './block-elements';
import { linesOf } from './block-text';

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
    const fields = first?.localName === 'p' ? markdownDeskFields(linesOf(first)) : null;
    if (fields) first?.remove();
    const desk = deskElement(
      aside.ownerDocument,
      fields ?? { title: EDITORS_DESK_DEFAULT_TITLE, deskName: '', series: '', publication: '' },
      Array.from(aside.childNodes),
    );
    aside.replaceWith(desk);
  }
}
