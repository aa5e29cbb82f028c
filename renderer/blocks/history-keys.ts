import type { Editor } from '@tiptap/core';
import type { KeyboardEvent } from 'react';
import { hasMod } from '../keyboard/mod-key';

/**
 * Keys of a text field that edits the document (a block's title or sign-off):
 * undo/redo go to the editor's history, where the field's changes live, not
 * to the browser's own undo of the field. Returns true when it took the key.
 */
export function handleHistoryKeys(editor: Editor, event: KeyboardEvent<HTMLElement>): boolean {
  if (!hasMod(event.nativeEvent) || event.altKey) return false;
  const key = event.key.toLowerCase();
  const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
  const undo = key === 'z' && !event.shiftKey;
  if (!undo && !redo) return false;
  event.preventDefault();
  if (undo) editor.commands.undo();
  else editor.commands.redo();
  return true;
}
