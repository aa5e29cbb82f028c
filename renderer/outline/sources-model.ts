import type { Node as PmNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { liveFootnotes } from '../nodes/footnote/footnote-numbers-plugin';

/** One note as the Sources list shows it. */
export interface SourceEntry {
  number: number;
  /** The note's text on one line. */
  text: string;
  /** The web addresses it links to, each once. */
  links: string[];
}

function linksOf(note: PmNode): string[] {
  const links = new Set<string>();
  note.forEach((child) => {
    for (const mark of child.marks) {
      const href: unknown = mark.attrs.href;
      if (mark.type.name === 'link' && typeof href === 'string' && /^https?:\/\//i.test(href)) links.add(href);
    }
  });
  return [...links];
}

/** Every note of the document, in order, with its number, text and links (read from the numbering's state). */
export function sourcesOf(state: EditorState): SourceEntry[] {
  return liveFootnotes(state).map(({ node, number }) => ({
    number,
    text: node.textBetween(0, node.content.size, ' ', ' ').replace(/\s+/g, ' ').trim(),
    links: linksOf(node),
  }));
}

/** Whether two lists show the same thing (the panel re-renders only when they differ). */
export function sameSources(a: readonly SourceEntry[], b: readonly SourceEntry[] | null): boolean {
  return b !== null && a.length === b.length && a.every((entry, index) => JSON.stringify(entry) === JSON.stringify(b[index]));
}

/** The host of an address, for a short link label ("example.org"). */
export function hostOf(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}
