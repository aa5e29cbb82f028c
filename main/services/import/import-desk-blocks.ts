import { isDeepStrictEqual } from 'node:util';
import { libraryRefsIn, mapEditorsDesks } from '../../../shared/editor/nodes/editors-desk';
import { deskBlockProblem } from '../../../shared/editor/validate-desk-block';
import type { BodyDoc } from '../../../shared/model/brief';
import type { DeskBlock, DeskBlockFields } from '../../../shared/model/desk-block';
import { BriefdeskError } from '../../../shared/model/errors';
import type { LibraryStore } from '../library/library-store';

function fieldsOf(block: DeskBlock): DeskBlockFields {
  const { name, title, deskName, series, publication, content } = block;
  return { name: name.trim(), title, deskName, series, publication, content };
}

/**
 * Throws 'invalid_input' unless every desk block the body is synced to and
 * the file carries fits an Editor's Desk. Nothing is written.
 */
export function checkDeskBlocks(body: BodyDoc, blocks: DeskBlock[]): void {
  const refs = new Set(libraryRefsIn(body));
  for (const block of blocks) {
    if (!refs.has(block.id)) continue;
    const problem = deskBlockProblem(block);
    if (problem) throw new BriefdeskError('invalid_input', `Desk block "${block.name}": ${problem}`);
  }
}

/**
 * Makes the desk blocks an imported body is synced to available in the
 * library and returns the body with its references pointing at them:
 * - a block with the same id already in the library: the reference is kept
 *   (the library's version wins, as it would for any synced desk);
 * - otherwise, a library block with the same fields (say, from importing the
 *   same file before): the reference is rewritten to it;
 * - otherwise the file's block is created in the library (it gets a new id)
 *   and the reference is rewritten to the new id;
 * - a reference the file has no block for is kept: the desk keeps its last
 *   known text, like a desk whose block was deleted.
 * Blocks in the file that the body does not use are ignored.
 */
export async function importDeskBlocks(store: LibraryStore, body: BodyDoc, blocks: DeskBlock[]): Promise<BodyDoc> {
  const renamed = new Map<string, string>();
  for (const ref of libraryRefsIn(body)) {
    const block = blocks.find((candidate) => candidate.id === ref);
    if (!block || store.deskLibrary.lookup(ref)) continue;
    const fields = fieldsOf(block);
    const same = store.deskLibrary.list().find((existing) => isDeepStrictEqual(fieldsOf(existing), fields));
    renamed.set(ref, same?.id ?? (await store.deskLibrary.save(fields)).id);
  }
  if (renamed.size === 0) return body;
  return mapEditorsDesks(body, (desk) => {
    const ref: unknown = desk.attrs?.libraryRef;
    const to = typeof ref === 'string' ? renamed.get(ref) : undefined;
    return to === undefined ? undefined : { ...desk, attrs: { ...desk.attrs, libraryRef: to } };
  });
}
