import { type Editor, useEditorState } from '@tiptap/react';
import { convertOfferedList, dismissListOffer, listPasteKey } from './ordered-list-paste';

export interface PastePromptProps {
  editor: Editor;
  /** The positioned element the prompt is placed in (the body's content box). */
  container: HTMLElement | null;
}

function placeBelow(editor: Editor, container: HTMLElement | null, pos: number): { top: number } | null {
  const list = editor.view.nodeDOM(pos);
  if (!container || !(list instanceof HTMLElement)) return null;
  return { top: list.getBoundingClientRect().bottom - container.getBoundingClientRect().top + 4 };
}

/** After a numbered list is pasted: "Turn this numbered list into Key Takeaways?" with the button that does it. */
export function PastePrompt({ editor, container }: PastePromptProps) {
  const listPos = useEditorState({ editor, selector: ({ editor: current }) => listPasteKey.getState(current.state) ?? null });
  const place = listPos === null ? null : placeBelow(editor, container, listPos);

  return (
    <div className="paste-prompt-region" aria-live="polite">
      {listPos !== null && place && (
        <div className="paste-prompt" style={place} role="group" aria-label="Pasted numbered list">
          <span className="paste-prompt-text">Turn this numbered list into Key Takeaways?</span>
          <button
            type="button"
            className="paste-prompt-action"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => convertOfferedList(editor, listPos)}
          >
            Make key takeaways
          </button>
          <button
            type="button"
            className="paste-prompt-close"
            aria-label="Keep as a numbered list"
            title="Keep as a numbered list"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => dismissListOffer(editor)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
}
