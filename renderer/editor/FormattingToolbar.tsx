import type { Editor } from '@tiptap/react';
import { type KeyboardEvent, useLayoutEffect, useRef } from 'react';
import { sameFlatRecord, useEditorStateAfterPaint } from './use-editor-state-after-paint';
import { shortcutLabel } from '../keyboard/mod-key';
import { ToolbarButton } from './ToolbarButton';
import { ToolbarIcon } from './ToolbarIcon';
import {
  readToolbarState,
  TOOLBAR_GROUPS,
  type ToolbarActions,
  type ToolbarButtonSpec,
  type ToolbarShortcut,
  type ToolbarState,
} from './toolbar-buttons';

export type FormattingToolbarProps = ToolbarActions & { editor: Editor };

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

/** The buttons of a group shown at the cursor. */
function shownButtons(group: readonly ToolbarButtonSpec[], state: ToolbarState): readonly ToolbarButtonSpec[] {
  return group.filter((button) => state[`${button.id}.hidden`] !== true);
}

/** `aria-keyshortcuts` of a shortcut: the Windows/Linux and the macOS spelling. */
function keyshortcuts({ key, alt, shift }: ToolbarShortcut): string {
  const mods = `${shift ? 'Shift+' : ''}${alt ? 'Alt+' : ''}`;
  return `Control+${mods}${key} Meta+${mods}${key}`;
}

/**
 * Formatting for the body, drawn from TOOLBAR_GROUPS (a button is one entry
 * there); reads only the editor state it shows, once per painted frame.
 */
export function FormattingToolbar({ editor, ...actions }: FormattingToolbarProps) {
  const state = useEditorStateAfterPaint(editor, readToolbarState, sameFlatRecord);
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
      {TOOLBAR_GROUPS.map((group) => shownButtons(group, state)).map((group) =>
        group.length === 0 ? null : (
          <div className="toolbar-group" key={group[0]?.id}>
            {group.map((button) => (
              <ToolbarButton
                key={button.id}
                label={button.label}
                shortcut={button.shortcut && shortcutLabel(button.shortcut.key, button.shortcut)}
                keyshortcuts={button.shortcut && keyshortcuts(button.shortcut)}
                pressed={button.active ? state[`${button.id}.on`] === true : undefined}
                disabled={state[`${button.id}.off`] === true}
                onClick={() => button.run(editor, actions)}
              >
                <ToolbarIcon name={button.icon} />
              </ToolbarButton>
            ))}
          </div>
        ),
      )}
    </div>
  );
}
