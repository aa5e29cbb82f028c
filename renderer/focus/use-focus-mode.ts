import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { chordOf } from '../commands/command-catalog';
import { useDialogShortcut } from '../keyboard/use-dialog-shortcut';
import { usePersistentFlag } from '../ui/use-persistent-flag';
import { currentBlockPlugin, currentBlockKey } from './current-block-plugin';
import { centreCaret } from './typewriter-scroll';

/** What Escape belongs to while shown: dialogs, the slash menu, the paste prompt. */
const ESCAPE_OWNERS = 'dialog[open], [role="listbox"][aria-label="Insert block"], [role="group"][aria-label="Pasted numbered list"]';

export interface FocusMode {
  on: boolean;
  setOn: (on: boolean) => void;
  typewriter: boolean;
  setTypewriter: (on: boolean) => void;
  dim: boolean;
  setDim: (on: boolean) => void;
}

/**
 * Focus mode and its options, remembered in this window's settings: the
 * page carries `data-focus-mode` (and `data-focus-dim`), the CSS hides the
 * library, the outline and the toolbar; the desktop window goes full screen.
 * Mod-Shift-F toggles it, Escape leaves.
 */
export function useFocusMode(editor: Editor | null): FocusMode {
  const [on, setOn] = usePersistentFlag('briefdesk.focusMode', false);
  const [typewriter, setTypewriter] = usePersistentFlag('briefdesk.focusMode.typewriter', true);
  const [dim, setDim] = usePersistentFlag('briefdesk.focusMode.dim', true);
  useDialogShortcut(chordOf('focus-mode'), () => setOn(!on));

  useEffect(() => {
    const root = document.documentElement;
    if (on) root.dataset.focusMode = typewriter ? 'typewriter' : 'on';
    else delete root.dataset.focusMode;
    if (on && dim) root.dataset.focusDim = '';
    else delete root.dataset.focusDim;
    return () => {
      delete root.dataset.focusMode;
      delete root.dataset.focusDim;
    };
  }, [on, typewriter, dim]);

  // The desktop window goes full screen while focus mode is on (the browser shell stays as it is: its
  // Fullscreen API would take Escape, which leaves focus mode, and needs a click to start).
  useEffect(() => {
    void window.briefdeskWindow?.setFullScreen(on).catch(() => false);
  }, [on]);

  // Escape leaves — before the body editor sees it — unless a dialog, the find bar or a menu of the body has it.
  useEffect(() => {
    if (!on) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector(ESCAPE_OWNERS)) return;
      if (event.target instanceof Element && event.target.closest('.find-bar')) return;
      event.preventDefault();
      event.stopPropagation();
      setOn(false);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [on, setOn]);

  // Dimming needs to know the caret's block: a decoration, there only while dimming.
  useEffect(() => {
    if (!editor || !on || !dim) return;
    editor.registerPlugin(currentBlockPlugin());
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(currentBlockKey);
    };
  }, [editor, on, dim]);

  // Typewriter scrolling: after each change or caret move, the caret's line goes back to mid-height.
  useEffect(() => {
    if (!editor || !on || !typewriter) return;
    let frame = 0;
    const onSelection = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => centreCaret(editor));
    };
    editor.on('selectionUpdate', onSelection);
    editor.on('update', onSelection);
    return () => {
      cancelAnimationFrame(frame);
      editor.off('selectionUpdate', onSelection);
      editor.off('update', onSelection);
    };
  }, [editor, on, typewriter]);

  return { on, setOn, typewriter, setTypewriter, dim, setDim };
}
