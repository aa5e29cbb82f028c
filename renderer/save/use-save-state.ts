import { useSyncExternalStore } from 'react';
import type { SaveController, SaveState } from './save-controller';

/** A save controller's state, re-rendering on change. */
export function useSaveState(controller: SaveController): SaveState {
  return useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
}
