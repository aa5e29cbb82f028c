import type { SaveState } from './save-controller';

/**
 * The words of the save status: "Saved", "Saving…", "Couldn’t save — <why>. Retrying…",
 * or for a new brief nothing has been typed into yet "Not saved yet".
 */
export function saveStatusText(state: SaveState): string {
  if (state.status === 'saved') return state.draft ? 'Not saved yet' : 'Saved';
  if (state.status === 'saving') return 'Saving…';
  const reason = (state.message ?? 'unknown error').trim().replace(/[.。]+$/, '');
  return state.conflict ? `Couldn’t save — ${reason}.` : `Couldn’t save — ${reason}. Retrying…`;
}
