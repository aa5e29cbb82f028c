import { BRIEF_IMAGE, briefImageLines } from '../editor/nodes/brief-image';
import { EDITORS_DESK, editorsDeskLines } from '../editor/nodes/editors-desk';
import { KEY_TAKEAWAYS, keyTakeawaysLines } from '../editor/nodes/key-takeaways';
import { TABLE, tableLines } from '../editor/nodes/table';
import type { BodyDoc, PmNodeJson } from '../model/brief';
import { type BodyLine, type BodyLinePlace, type BodyLineRule, type BodyLineWriter, inlineFormat, inlineText } from './body-line';
import type { BodyLineKind } from './brief-diff-model';

export type { BodyLine } from './body-line';

/** The custom nodes' own lines (see each node's folder), by node name. */
const NODE_RULES = new Map<string, BodyLineRule>([
  [KEY_TAKEAWAYS, keyTakeawaysLines],
  [EDITORS_DESK, editorsDeskLines],
  [BRIEF_IMAGE, briefImageLines],
  [TABLE, tableLines],
]);

function attrNumber(node: PmNodeJson, name: string, fallback: number): number {
  const value = node.attrs?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/**
 * The body as lines, one per block, in reading order: each Key Takeaways
 * item ("Key Takeaways 1"…), an Editor's Desk as its title, its text and
 * its sign-off, headings as "## …", list items as "- …" or "1. …", quotes
 * as "> …", images as "[Image: alt]", table rows as "| a | b |". Empty paragraphs are left out.
 */
export function bodyLines(body: BodyDoc): BodyLine[] {
  const lines: BodyLine[] = [];
  const push = (place: BodyLinePlace, kind: BodyLineKind, text: string, format = ''): void => {
    lines.push({ kind: place.kind ?? kind, label: place.label, text: place.prefix + text, format });
  };

  const walk = (node: PmNodeJson, place: BodyLinePlace): void => {
    const rule = NODE_RULES.get(node.type);
    if (rule) {
      rule(node, place, out);
      return;
    }
    const children = node.content ?? [];
    switch (node.type) {
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

  const out: BodyLineWriter = { add: (line) => lines.push(line), addAt: push, walk };
  walk(body, { label: null, kind: null, prefix: '' });
  return lines;
}
