import type { BodyDoc } from '../../../model/brief';
import type { DeskBlockSource } from '../../../model/desk-block';
import { deskNodeFromBlock, libraryRefOf, mapEditorsDesks } from './desk-nodes';

/**
 * Turns the desks synced to `blockId` into detached copies holding `block`'s
 * current attributes and content (`libraryRef` null), so no text is lost
 * when the block leaves the library. Pure. Returns the new body and how many
 * desks were detached.
 */
export function detachSyncedDesks(body: BodyDoc, blockId: string, block: DeskBlockSource): { body: BodyDoc; detached: number } {
  let detached = 0;
  const result = mapEditorsDesks(body, (desk) => {
    if (libraryRefOf(desk) !== blockId) return undefined;
    detached += 1;
    return deskNodeFromBlock(block, null);
  });
  return { body: result, detached };
}
