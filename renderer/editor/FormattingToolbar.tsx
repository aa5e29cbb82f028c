import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { Editor } from '@tiptap/react';
import { type KeyboardEvent, useLayoutEffect, useRef } from 'react';
import { sameFlatRecord, useEditorStateAfterPaint } from './use-editor-state-after-paint';
import { shortcutLabel } from '../keyboard/mod-key';
import { ToolbarButton } from './ToolbarButton';
import { ToolbarIcon } from './ToolbarIcon';

export interface FormattingToolbarProps {
  editor: Editor;
  onLink: () => void;
  onInsertImage: () => void;
  onEditImageAlt: () => void;
}

const enabledButtons = (toolbar: HTMLElement): HTMLButtonElement[] => [
  ...toolbar.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'),
];

/**
 * A roving tab stop (the WAI-ARIA toolbar pattern): Tab enters the toolbar
 * once, on the last button used; arrows, Home and End move within it.
 */
function keepOneTabStop(toolbar: HTMLElement, current: HTMLElement | null): void {
  const buttons = enabledButtons(toolbar);
  const stop = buttons.find((button) => button === current) ?? buttons[0];
  for (const button of toolbar.querySelectorAll<HTMLButtonElement>('button')) {
    button.tabIndex = button === stop ? 0 : -1;
  }
}

function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  const keys = ['ArrowRight', 'ArrowLeft', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const buttons = enabledButtons(event.currentTarget);
  const index = buttons.findIndex((button) => button === document.activeElement);
  if (index === -1) return;
  event.preventDefault();
  const last = buttons.length - 1;
  const target = event.key === 'Home' ? 0 : event.key === 'End' ? last : (index + (event.key === 'ArrowRight' ? 1 : last)) % buttons.length;
  buttons[target]?.focus();
}

/** Formatting for the body; reads only the editor state it shows (useEditorState). */
export function FormattingToolbar({ editor, onLink, onInsertImage, onEditImageAlt }: FormattingToolbarProps) {
  const state = useEditorStateAfterPaint(
    editor,
    // Read once per painted frame, after it (a keystroke shows first): one `can()` (it builds every command)
    // serves the three block checks, which only touch the transaction when dispatching; undo and redo read the history.
    (current) => {
      const can = current.can();
      return {
        bold: current.isActive('bold'),
        italic: current.isActive('italic'),
        heading2: current.isActive('heading', { level: 2 }),
        heading3: current.isActive('heading', { level: 3 }),
        bulletList: current.isActive('bulletList'),
        orderedList: current.isActive('orderedList'),
        blockquote: current.isActive('blockquote'),
        link: current.isActive('link'),
        image: current.isActive('image'),
        canInsertTakeaways: can.insertKeyTakeaways(),
        canInsertDesk: can.insertEditorsDesk(),
        canInsertFootnote: can.insertFootnote(),
        canMakeTakeaways: can.convertOrderedListToTakeaways(),
        // Exactly what `can().undo()` / `can().redo()` answer.
        canUndo: Number(undoDepth(current.state)) > 0,
        canRedo: Number(redoDepth(current.state)) > 0,
      };
    },
    sameFlatRecord,
  );
  const chain = () => editor.chain().focus();
  const toolbarRef = useRef<HTMLDivElement>(null);
  const lastUsed = useRef<HTMLElement | null>(null);
  // Buttons get enabled and disabled as the cursor moves: keep exactly one tab stop.
  useLayoutEffect(() => {
    if (toolbarRef.current) keepOneTabStop(toolbarRef.current, lastUsed.current);
  });

  return (
    <div
      ref={toolbarRef}
      className="toolbar"
      role="toolbar"
      aria-label="Formatting"
      onKeyDown={moveFocus}
      onFocus={(event) => {
        if (!(event.target instanceof HTMLButtonElement)) return;
        lastUsed.current = event.target;
        keepOneTabStop(event.currentTarget, event.target);
      }}
    >
      <div className="toolbar-group">
        <ToolbarButton label="Bold" shortcut={shortcutLabel('B')} pressed={state.bold} onClick={() => chain().toggleBold().run()}>
          <span className="glyph glyph-bold">B</span>
        </ToolbarButton>
        <ToolbarButton label="Italic" shortcut={shortcutLabel('I')} pressed={state.italic} onClick={() => chain().toggleItalic().run()}>
          <span className="glyph glyph-italic">I</span>
        </ToolbarButton>
        <ToolbarButton label="Link" shortcut={shortcutLabel('K')} pressed={state.link} onClick={onLink}>
          <ToolbarIcon name="link" />
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton
          label="Heading 2"
          shortcut={shortcutLabel('2', { alt: true })}
          pressed={state.heading2}
          onClick={() => chain().toggleHeading({ level: 2 }).run()}
        >
          <span className="glyph">H2</span>
        </ToolbarButton>
        <ToolbarButton
          label="Heading 3"
          shortcut={shortcutLabel('3', { alt: true })}
          pressed={state.heading3}
          onClick={() => chain().toggleHeading({ level: 3 }).run()}
        >
          <span className="glyph">H3</span>
        </ToolbarButton>
        <ToolbarButton
          label="Bullet list"
          shortcut={shortcutLabel('8', { shift: true })}
          pressed={state.bulletList}
          onClick={() => chain().toggleBulletList().run()}
        >
          <ToolbarIcon name="bulletList" />
        </ToolbarButton>
        <ToolbarButton
          label="Numbered list"
          shortcut={shortcutLabel('7', { shift: true })}
          pressed={state.orderedList}
          onClick={() => chain().toggleOrderedList().run()}
        >
          <ToolbarIcon name="orderedList" />
        </ToolbarButton>
        <ToolbarButton
          label="Block quote"
          shortcut={shortcutLabel('B', { shift: true })}
          pressed={state.blockquote}
          onClick={() => chain().toggleBlockquote().run()}
        >
          <ToolbarIcon name="quote" />
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton
          label="Insert key takeaways"
          shortcut={shortcutLabel('K', { shift: true })}
          disabled={!state.canInsertTakeaways}
          onClick={() => chain().insertKeyTakeaways().run()}
        >
          <ToolbarIcon name="takeaways" />
        </ToolbarButton>
        <ToolbarButton
          label="Insert editor's desk"
          shortcut={shortcutLabel('E', { shift: true })}
          disabled={!state.canInsertDesk}
          onClick={() => chain().insertEditorsDesk().run()}
        >
          <ToolbarIcon name="desk" />
        </ToolbarButton>
        <ToolbarButton
          label="Make key takeaways"
          disabled={!state.canMakeTakeaways}
          onClick={() => chain().convertOrderedListToTakeaways().run()}
        >
          <ToolbarIcon name="makeTakeaways" />
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton
          label="Footnote"
          shortcut={shortcutLabel('R', { alt: true })}
          disabled={!state.canInsertFootnote}
          onClick={() => chain().insertFootnote().run()}
        >
          <ToolbarIcon name="footnote" />
        </ToolbarButton>
        <ToolbarButton label="Insert image" onClick={onInsertImage}>
          <ToolbarIcon name="image" />
        </ToolbarButton>
        <ToolbarButton label="Edit image alt text" disabled={!state.image} onClick={onEditImageAlt}>
          <ToolbarIcon name="alt" />
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton label="Undo" shortcut={shortcutLabel('Z')} disabled={!state.canUndo} onClick={() => chain().undo().run()}>
          <ToolbarIcon name="undo" />
        </ToolbarButton>
        <ToolbarButton
          label="Redo"
          shortcut={shortcutLabel('Z', { shift: true })}
          disabled={!state.canRedo}
          onClick={() => chain().redo().run()}
        >
          <ToolbarIcon name="redo" />
        </ToolbarButton>
      </div>
    </div>
  );
}
