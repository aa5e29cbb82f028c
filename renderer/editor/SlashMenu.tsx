import { type Editor, useEditorState } from '@tiptap/react';
import { SLASH_LISTBOX_ID, runSlashItem, slashItemsOf, slashMenuKey, slashOptionId } from './slash-menu';

export interface SlashMenuProps {
  editor: Editor;
  /** The positioned element the menu is placed in (the body's content box). */
  container: HTMLElement | null;
}

/** Where the menu goes: under the slash, relative to the container. */
function placeAt(editor: Editor, container: HTMLElement | null, pos: number): { top: number; left: number } {
  if (!container) return { top: 0, left: 0 };
  const box = container.getBoundingClientRect();
  const caret = editor.view.coordsAtPos(pos);
  return { top: caret.bottom - box.top + 6, left: Math.max(0, caret.left - box.left) };
}

/** The slash menu's listbox (the editor keeps focus and points at the highlighted option). */
export function SlashMenu({ editor, container }: SlashMenuProps) {
  const menu = useEditorState({
    editor,
    selector: ({ editor: current }) => slashMenuKey.getState(current.state) ?? null,
  });
  const items = menu ? slashItemsOf(menu) : [];
  if (!menu?.open || items.length === 0) return null;
  const { top, left } = placeAt(editor, container, menu.from);

  return (
    <div className="slash-menu" style={{ top, left }}>
      <ul className="slash-menu-list" role="listbox" id={SLASH_LISTBOX_ID} aria-label="Insert block">
        {items.map((item, index) => (
          <li
            key={item.id}
            id={slashOptionId(item.id)}
            role="option"
            aria-selected={index === menu.index}
            className="slash-menu-option"
            // Keep the cursor in the editor while clicking.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => runSlashItem(editor, item.id)}
          >
            <span className="slash-menu-label">{item.label}</span>
            <kbd className="slash-menu-command" aria-hidden="true">
              {item.command}
            </kbd>
          </li>
        ))}
      </ul>
      <p className="slash-menu-hint" aria-hidden="true">
        ↑↓ to choose · Enter to insert · Esc to close
      </p>
    </div>
  );
}
