import type { BriefdeskApi } from '../../shared/api/contract';
import type { SaveController } from '../save/save-controller';
import { DraftStasher } from './draft-stasher';
import { windowId } from './window-id';

const stashers = new WeakMap<SaveController, DraftStasher>();

/** Keep the unsaved edits of a brief's save controller on the Node side (see DraftStasher). */
export function attachStasher(
  controller: SaveController,
  api: Pick<BriefdeskApi, 'stashDraft' | 'dropDraft'>,
  writer: string = windowId,
): DraftStasher {
  const stasher = new DraftStasher({
    controller,
    writer,
    stash: (request) => api.stashDraft(request),
    drop: (request) => api.dropDraft(request),
  });
  stashers.set(controller, stasher);
  return stasher;
}

/** The stasher watching a controller, if any. */
export function stasherOf(controller: SaveController): DraftStasher | undefined {
  return stashers.get(controller);
}
