import type { BodyDoc, PmNodeJson } from '../../../model/brief';
import type { DeskBlockSource } from '../../../model/desk-block';
import { EDITORS_DESK } from './editors-desk';

/** The library block a desk node is synced to, or null for a free-standing desk. */
export function libraryRefOf(node: PmNodeJson): string | null {
  if (node.type !== EDITORS_DESK) return null;
  const ref: unknown = node.attrs?.libraryRef;
  return typeof ref === 'string' && ref !== '' ? ref : null;
}

/**
 * Returns a copy of `body` in which every `editorsDesk` node, at any depth,
 * is passed to `replace`: its answer takes the node's place (and is not
 * searched further), `undefined` keeps the node and searches inside it.
 * The input is never changed.
 */
export function mapEditorsDesks(body: BodyDoc, replace: (desk: PmNodeJson) => PmNodeJson | undefined): BodyDoc {
  const visit = (node: PmNodeJson): PmNodeJson => {
    if (node.type === EDITORS_DESK) {
      const replaced = replace(node);
      if (replaced) return replaced;
    }
    if (!node.content) return node;
    return { ...node, content: node.content.map(visit) };
  };
  return body.content ? { ...body, content: body.content.map(visit) } : { ...body };
}

/** The ids of the library blocks a body's desks are synced to, each once, in document order. */
export function libraryRefsIn(body: BodyDoc): string[] {
  const refs = new Set<string>();
  const visit = (node: PmNodeJson): void => {
    const ref = libraryRefOf(node);
    if (ref !== null) refs.add(ref);
    node.content?.forEach(visit);
  };
  body.content?.forEach(visit);
  return [...refs];
}

/** An `editorsDesk` node with a library block's attributes and content (copied), and the given `libraryRef`. */
export function deskNodeFromBlock(block: DeskBlockSource, libraryRef: string | null): PmNodeJson {
  return {
    type: EDITORS_DESK,
    attrs: {
      title: block.title,
      deskName: block.deskName,
      series: block.series,
      publication: block.publication,
      libraryRef,
    },
    content: structuredClone(block.content),
  };
}
