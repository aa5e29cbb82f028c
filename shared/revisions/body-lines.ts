import { EDITORS_DESK, EDITORS_DESK_BADGE } from '../editor/nodes/editors-desk';
import { KEY_TAKEAWAYS, TAKEAWAY } from '../editor/nodes/key-takeaways';
import type { BodyDoc, PmNodeJson } from '../model/brief';
import type { BodyLineKind } from './brief-diff-model';

/** One block of the body as a line of text, for diffing. */
export interface BodyLine {
  kind: BodyLineKind;
  /** "Key Takeaways 2", "Editor's Desk title", "Editor's Desk", "Sign-off", or null. */
  label: string | null;
  /** The text as a reader sees it: "## A heading", "- an item", "> a quote", a paragraph. */
  text: string;
  /** The formatting of the text (marks, link targets, image attributes), so a change there is noticed. */
  format: string;
}

/** Where the walk is: the label lines get and the prefix their text gets (list markers, quote marks). */
interface Place {
  label: string | null;
  kind: BodyLineKind | null;
  prefix: string;
}

function attrString(node: PmNodeJson, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value : '';
}

function attrNumber(node: PmNodeJson, name: string, fallback: number): number {
  const value = node.attrs?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** The inline text of a textblock (hard breaks as newlines). */
function inlineText(node: PmNodeJson): string {
  return (node.content ?? []).map((child) => child.text ?? (child.type === 'hardBreak' ? '\n' : '')).join('');
}

/** The marks and attributes of a textblock's inline content, as a comparable string. */
function inlineFormat(node: PmNodeJson): string {
  return JSON.stringify(
    (node.content ?? []).map((child) => [child.type, child.text?.length ?? 0, child.marks ?? [], child.attrs ?? {}]),
  );
}

/**
 * The body as lines, one per block, in reading order: each Key Takeaways
 * item ("Key Takeaways 1"…), an Editor's Desk as its title, its text and
 * its sign-off, headings as "## …", list items as "- …" or "1. …", quotes
 * as "> …", images as "[Image: alt]". Empty paragraphs are left out.
 */
export function bodyLines(body: BodyDoc): BodyLine[] {
  const lines: BodyLine[] = [];
  const push = (place: Place, kind: BodyLineKind, text: string, format = ''): void => {
    lines.push({ kind: place.kind ?? kind, label: place.label, text: place.prefix + text, format });
  };

  const walk = (node: PmNodeJson, place: Place): void => {
    const children = node.content ?? [];
    switch (node.type) {
      case KEY_TAKEAWAYS: {
        let number = 0;
        for (const item of children) {
          if (item.type !== TAKEAWAY) continue;
          number += 1;
          lines.push({ kind: 'takeaway', label: `Key Takeaways ${number}`, text: inlineText(item), format: inlineFormat(item) });
        }
        return;
      }
      case EDITORS_DESK: {
        lines.push({ kind: 'desk-title', label: `${EDITORS_DESK_BADGE} title`, text: attrString(node, 'title'), format: '' });
        const inDesk: Place = { label: EDITORS_DESK_BADGE, kind: 'desk', prefix: '' };
        for (const child of children) walk(child, inDesk);
        const signOff = ['deskName', 'series', 'publication'].map((name) => attrString(node, name).trim()).filter(Boolean);
        if (signOff.length > 0) lines.push({ kind: 'sign-off', label: 'Sign-off', text: signOff.join(' / '), format: '' });
        return;
      }
      case 'heading':
        push(place, 'heading', `${'#'.repeat(attrNumber(node, 'level', 2))} ${inlineText(node)}`, inlineFormat(node));
        return;
      case 'paragraph': {
        const text = inlineText(node);
        if (text.trim() !== '' || place.prefix.trim() !== '') push(place, 'paragraph', text, inlineFormat(node));
        return;
      }
      case 'bulletList':
      case 'orderedList': {
        let number = node.type === 'orderedList' ? attrNumber(node, 'start', 1) : 0;
        for (const item of children) {
          const marker = node.type === 'orderedList' ? `${number++}. ` : '- ';
          const inner = (item.content ?? []).entries();
          for (const [index, block] of inner) {
            const prefix = place.prefix + (index === 0 ? marker : ' '.repeat(marker.length));
            walk(block, { ...place, kind: place.kind ?? 'list-item', prefix });
          }
        }
        return;
      }
      case 'blockquote':
        for (const child of children) walk(child, { ...place, kind: place.kind ?? 'quote', prefix: `${place.prefix}> ` });
        return;
      case 'image': {
        const alt = attrString(node, 'alt');
        push(place, 'image', `[Image: ${alt || attrString(node, 'src')}]`, JSON.stringify(node.attrs ?? {}));
        return;
      }
      case 'horizontalRule':
        push(place, 'rule', '---');
        return;
      default:
        if (typeof node.text === 'string') return;
        if (children.some((child) => typeof child.text === 'string')) {
          push(place, 'paragraph', inlineText(node), inlineFormat(node));
          return;
        }
        for (const child of children) walk(child, place);
    }
  };

  walk(body, { label: null, kind: null, prefix: '' });
  return lines;
}
