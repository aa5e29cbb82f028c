import type { ReactNode } from 'react';

export interface ToolbarButtonProps {
  label: string;
  /** Shortcut hint shown in the tooltip, e.g. "Ctrl+B". */
  shortcut?: string;
  /** The same shortcut for assistive tech (`aria-keyshortcuts`, e.g. "Control+B Meta+B"). */
  keyshortcuts?: string;
  /** Present for toggles: whether the format is on at the cursor. */
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

/** One formatting button: icon inside, name and shortcut for people and assistive tech. */
export function ToolbarButton({ label, shortcut, keyshortcuts, pressed, disabled, onClick, children }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className="toolbar-button"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={keyshortcuts}
      disabled={disabled}
      title={shortcut ? `${label} (${shortcut})` : label}
      // Keep the text selection in the editor while clicking.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
