import type { PmNodeJson } from '../../shared/model/brief';

/** All the text of some nodes, blocks separated by a space. */
function textOf(nodes: readonly PmNodeJson[]): string {
  const parts: string[] = [];
  const visit = (node: PmNodeJson): void => {
    if (typeof node.text === 'string') parts.push(node.text);
    if (node.content) {
      node.content.forEach(visit);
      parts.push(' ');
    }
  };
  nodes.forEach(visit);
  return parts.join('');
}

/**
 * The first `words` words of a desk block's content, with "…" when there is
 * more: what the desk library shows under a block's name. Empty when the
 * block has no text.
 */
export function deskExcerpt(content: readonly PmNodeJson[], words = 16): string {
  const all = textOf(content)
    .split(/\s+/)
    .filter((word) => word !== '');
  const shown = all.slice(0, words).join(' ');
  return all.length > words ? `${shown}…` : shown;
}
