/** How the list of notes is headed in an export. */
export interface EndnotesHeading {
  /** The heading's text. @default 'Notes' */
  text?: string;
  /** A `lang` for the heading when it is not in the page's language (an English label on a French page). */
  lang?: string | undefined;
}

/** Id of the note numbered `n` in an export. */
export const noteId = (n: number): string => `fn-${n}`;
/** Id of the reference to note `n` in the text. */
export const noteRefId = (n: number): string => `fnref-${n}`;
/** Id of the heading of the list of notes. */
export const NOTES_HEADING_ID = 'brief-notes';
/** Ids the notes of an export use; an anchor of the document cannot take them. */
export const RESERVED_NOTE_ID = /^(?:fn-\d+|fnref-\d+|brief-notes)$/;

/**
 * Turns the footnotes of rendered body HTML (the schema's
 * `<span data-type="footnote">`) into accessible endnotes: each note's place
 * gets a numbered reference, `<sup class="footnote-ref"><a href="#fn-1"
 * id="fnref-1" role="doc-noteref" aria-label="Note 1">1</a></sup>`, and the
 * notes, in order, go to the end of `root` as
 * `<section class="footnotes" role="doc-endnotes" aria-labelledby="brief-notes">
 * <h2 id="brief-notes">Notes</h2><ol><li id="fn-1">…
 * <a href="#fnref-1" class="footnote-backref" role="doc-backlink" aria-label="Back to reference 1">↩︎</a></li></ol></section>`.
 * Leaves `root` untouched when it holds no note. Returns the number of notes.
 */
export function renderEndnotes(root: ParentNode, document: Document, heading: EndnotesHeading = {}): number {
  const notes = Array.from(root.querySelectorAll('span[data-type="footnote"]'));
  if (notes.length === 0) return 0;
  const list = document.createElement('ol');
  notes.forEach((note, index) => {
    const n = index + 1;
    const item = document.createElement('li');
    item.id = noteId(n);
    item.append(...Array.from(note.childNodes));
    const back = document.createElement('a');
    back.setAttribute('href', `#${noteRefId(n)}`);
    back.className = 'footnote-backref';
    back.setAttribute('role', 'doc-backlink');
    back.setAttribute('aria-label', `Back to reference ${n}`);
    back.textContent = '↩\uFE0E';
    item.append(' ', back);
    list.append(item);

    const ref = document.createElement('a');
    ref.setAttribute('href', `#${noteId(n)}`);
    ref.id = noteRefId(n);
    ref.setAttribute('role', 'doc-noteref');
    ref.setAttribute('aria-label', `Note ${n}`);
    ref.textContent = String(n);
    const sup = document.createElement('sup');
    sup.className = 'footnote-ref';
    sup.append(ref);
    note.replaceWith(sup);
  });
  const title = document.createElement('h2');
  title.id = NOTES_HEADING_ID;
  title.className = 'footnotes-title';
  if (heading.lang) title.setAttribute('lang', heading.lang);
  title.textContent = heading.text ?? 'Notes';
  const section = document.createElement('section');
  section.className = 'footnotes';
  section.setAttribute('role', 'doc-endnotes');
  section.setAttribute('aria-labelledby', NOTES_HEADING_ID);
  section.append(title, list);
  root.append(section);
  return notes.length;
}
