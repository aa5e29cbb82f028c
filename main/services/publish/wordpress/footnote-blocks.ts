import { createHash } from 'node:crypto';
import { z } from 'zod';
import { footnotesIn } from '../../../../shared/editor/nodes/footnote';
import type { BodyDoc } from '../../../../shared/model/brief';

/**
 * WordPress's own footnotes (WordPress 6.3+, the block editor's
 * core/footnotes). The shapes follow Gutenberg's source,
 * packages/block-library/src/footnotes/format.jsx (the `core/footnote`
 * format: `<sup data-fn="ID" class="fn"><a href="#ID" id="ID-link">n</a></sup>`,
 * ids `fn-…` so that they never start with a digit) and index.php
 * (`register_post_meta(…, 'footnotes', { show_in_rest, single, type: 'string' })`,
 * a JSON list of `{ content, id }` rendered by the `<!-- wp:footnotes /-->`
 * block as `<li id="ID">content <a href="#ID-link">↩︎</a></li>`).
 */

/** One note as WordPress keeps it in the post's `footnotes` meta (JSON, in this key order). */
export interface WordPressFootnote {
  content: string;
  id: string;
}

/** The comment of the core/footnotes block: where the site lists the notes. */
export const FOOTNOTES_BLOCK = '<!-- wp:footnotes /-->';

/**
 * The WordPress id of each note of `body`, in reading order (the export's
 * numbering): `fn-` and a digest of the note's own content, so publishing
 * the same brief again gives the same ids and the site's copy compares with
 * ours; a note repeated word for word gets `-2`, `-3`… after its digest.
 * Notes carry no id of their own, so a note whose text changes gets a new id.
 */
export function footnoteIds(body: BodyDoc): string[] {
  const seen = new Map<string, number>();
  return footnotesIn(body).map((note) => {
    const digest = createHash('sha256')
      .update(JSON.stringify(note.content ?? []))
      .digest('hex')
      .slice(0, 16);
    const count = (seen.get(digest) ?? 0) + 1;
    seen.set(digest, count);
    return count === 1 ? `fn-${digest}` : `fn-${digest}-${count}`;
  });
}

/** The note number an export's reference or list item stands for (`#fn-3` / `fn-3`), or null. */
function exportNoteNumber(value: string | null): number | null {
  const match = /^#?fn-(\d+)$/.exec(value ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * Turns the endnotes of rendered, sanitized body HTML (renderEndnotes'
 * `sup.footnote-ref` references and `section.footnotes` list) into
 * WordPress's footnotes in place: each reference becomes the core/footnote
 * format's `<sup data-fn class="fn">`, the list becomes the core/footnotes
 * block, and the notes' HTML (sanitized with the body, without the back
 * links) is returned for the post's `footnotes` meta. `ids` are the notes'
 * ids in number order (footnoteIds). Nothing changes when there is no note.
 */
export function endnotesAsFootnoteBlocks(root: DocumentFragment, ids: readonly string[]): WordPressFootnote[] {
  const document = root.ownerDocument;
  const idOf = (n: number | null): string | null => (n === null ? null : (ids[n - 1] ?? null));
  for (const sup of Array.from(root.querySelectorAll('sup.footnote-ref'))) {
    const id = idOf(exportNoteNumber(sup.querySelector('a')?.getAttribute('href') ?? null));
    if (id === null) continue;
    const reference = document.createElement('sup');
    reference.setAttribute('data-fn', id);
    reference.className = 'fn';
    const link = document.createElement('a');
    link.setAttribute('href', `#${id}`);
    link.id = `${id}-link`;
    link.textContent = sup.textContent;
    reference.append(link);
    sup.replaceWith(reference);
  }
  const notes: WordPressFootnote[] = [];
  const section = root.querySelector('section.footnotes');
  if (section === null) return notes;
  for (const item of Array.from(section.querySelectorAll('ol > li'))) {
    const id = idOf(exportNoteNumber(item.id));
    if (id === null) continue;
    item.querySelector('a.footnote-backref')?.remove();
    notes.push({ content: item.innerHTML.trim(), id });
  }
  section.replaceWith(document.createComment(FOOTNOTES_BLOCK.slice(4, -3)));
  return notes;
}

/** The `footnotes` meta as WordPress keeps it. */
const FootnotesMeta = z.array(z.object({ content: z.string(), id: z.string() }));

/**
 * Puts a post's notes (its `footnotes` meta, JSON) back into its content as
 * the list the core/footnotes block renders — `<ol class="wp-block-footnotes">`
 * of `<li id="ID">` — appended to `holder`, so the HTML import reads the
 * references and notes as footnotes. A meta that is empty or not the
 * expected JSON adds nothing. The notes' HTML is sanitized with the rest by the import.
 */
export function appendFootnoteList(holder: Element, meta: string): number {
  let parsed: z.infer<typeof FootnotesMeta>;
  try {
    parsed = FootnotesMeta.parse(JSON.parse(meta));
  } catch {
    return 0;
  }
  if (parsed.length === 0) return 0;
  const document = holder.ownerDocument;
  const list = document.createElement('ol');
  list.className = 'wp-block-footnotes';
  for (const note of parsed) {
    const item = document.createElement('li');
    item.id = note.id;
    item.innerHTML = note.content;
    list.append(item);
  }
  holder.append(list);
  return parsed.length;
}
