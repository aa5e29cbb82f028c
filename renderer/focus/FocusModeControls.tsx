import type { Editor } from '@tiptap/core';
import { shortcutLabel } from '../keyboard/mod-key';
import { useFocusMode } from './use-focus-mode';
import './focus.css';

/**
 * The "Focus mode" button (pressed while on) and, in focus mode, its two
 * options: typewriter scrolling and dimming all but the current paragraph.
 */
export function FocusModeControls({ editor }: { editor: Editor | null }) {
  const focus = useFocusMode(editor);
  return (
    <div className="focus-controls" role="group" aria-label="Focus mode settings">
      {focus.on && (
        <>
          <label className="focus-option">
            <input type="checkbox" checked={focus.typewriter} onChange={(event) => focus.setTypewriter(event.target.checked)} />
            Typewriter scrolling
          </label>
          <label className="focus-option">
            <input type="checkbox" checked={focus.dim} onChange={(event) => focus.setDim(event.target.checked)} />
            Dim other paragraphs
          </label>
        </>
      )}
      <button
        type="button"
        className="button button-small button-quiet focus-toggle"
        aria-pressed={focus.on}
        title={`Focus mode (${shortcutLabel('F', { shift: true })}; Escape leaves)`}
        onClick={() => focus.setOn(!focus.on)}
      >
        Focus mode
      </button>
    </div>
  );
}
