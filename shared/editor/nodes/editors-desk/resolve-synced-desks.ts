import type { BodyDoc } from '../../../model/brief';
import type { DeskBlockSource } from '../../../model/desk-block';
import { deskNodeFromBlock, libraryRefOf, mapEditorsDesks } from './desk-nodes';

/** A body with its synced desks brought up to date, and the library ids that could not be found. */
export interface ResolvedDesks {
  body: BodyDoc;
  /** Ids of library blocks that no longer exist, each once; their desks keep their last known text. */
  missing: string[];
}

/**
 * Brings every synced Editor's Desk in a body (an `editorsDesk` with a
 * `libraryRef`) up to date with its desk-library block: attributes (except
 * `libraryRef`) and content are replaced with the block's. A desk whose
 * block is not found is left as it is — its last known copy — and reported
 * in `missing`. Pure: `body` is not changed. Used when a brief is shown and
 * when it is exported.
 */
export function resolveSyncedDesks(body: BodyDoc, lookup: (id: string) => DeskBlockSource | undefined): ResolvedDesks {
  const missing = new Set<string>();
  const resolved = mapEditorsDesks(body, (desk) => {
    const ref = libraryRefOf(desk);
    if (ref === null) return undefined;
    const block = lookup(ref);
    if (!block) {
      missing.add(ref);
      // Kept whole: a desk from the library is not searched for nested synced desks.
      return desk;
    }
    return deskNodeFromBlock(block, ref);
  });
  return { body: resolved, missing: [...missing] };
}
