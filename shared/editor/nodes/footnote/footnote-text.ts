import type { PmNodeJson } from '../../../model/brief';
import { FOOTNOTE } from './footnote-name';

/** The text of a note (JSON): its text, line breaks as newlines. */
export function footnoteText(note: PmNodeJson): string {
  return (note.content ?? []).map((child) => child.text ?? (child.type === 'hardBreak' ? '\n' : '')).join('');
}

/**
 * A note as plain text inside the line of text it belongs to, in pandoc's
 * inline-note form: `^[the note]` (line breaks as spaces). Diffs, search and
 * plain-text views read a paragraph with its notes this way.
 */
export function footnoteInlineText(note: PmNodeJson): string {
  return `^[${footnoteText(note).replace(/\s*\n\s*/g, ' ')}]`;
}

/** The footnotes of a body (or any node), in reading order. */
export function footnotesIn(node: PmNodeJson): PmNodeJson[] {
  const notes: PmNodeJson[] = [];
  const visit = (current: PmNodeJson): void => {
    if (current.type === FOOTNOTE) {
      notes.push(current);
      return;
    }
    current.content?.forEach(visit);
  };
  visit(node);
  return notes;
}

/** The web addresses a note links to, each once, in order. */
export function footnoteLinks(note: PmNodeJson): string[] {
  const links = new Set<string>();
  for (const child of note.content ?? []) {
    for (const mark of child.marks ?? []) {
      const href = mark.attrs?.href;
      if (mark.type === 'link' && typeof href === 'string' && href !== '') links.add(href);
    }
  }
  return [...links];
}
