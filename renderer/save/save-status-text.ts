import type { SaveState } from './save-controller';

/** The words of the save status: "Saved", "Saving…" or "Couldn’t save — <why>. Retrying…". */
export function saveStatusText(state: SaveState): string {
  if (state.status === 'saved') return 'Saved';
  if (state.status === 'saving') return 'Saving…';
  const reason = (state.message ?? 'unknown error').trim().replace(/[.。]+$/, '');
  return state.conflict ? `Couldn’t save — ${reason}.` : `Couldn’t save — ${reason}. Retrying…`;
}
