import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';

export interface MenuItem {
  /** Unique within the menu. */
  key: string;
  label: string;
  onSelect: () => void;
  /** Drawn as a destructive action. */
  danger?: boolean;
  /** The item opens a dialog. */
  opensDialog?: boolean;
  /** Shown beside the label ("Ctrl+E"). */
  shortcut?: string;
  /** `aria-keyshortcuts` of the item. */
  keyshortcuts?: string;
  /** A line above the item, starting a group. */
  separatorBefore?: boolean;
  /** Extra class: lets the stylesheet hide an item at some sizes (it is then skipped by the arrows). */
  className?: string;
  title?: string;
}

export interface MenuButtonProps {
  /** The button's accessible name (its visible content may be an icon). */
  label: string;
  /** What the button shows. */
  children: ReactNode;
  items: readonly MenuItem[];
  buttonClassName?: string;
  title?: string;
  /** Where the menu opens: under the button (default) or above it (at the foot of a column). */
  placement?: 'below' | 'above';
  /** Which edges line up: the button's end (default) or its start. */
  align?: 'start' | 'end';
}

/** The items the arrows move through: shown (not hidden by the stylesheet at this size). */
function shownItems(menu: HTMLElement | null): HTMLElement[] {
  if (!menu) return [];
  return [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')].filter((item) => item.checkVisibility());
}

/**
 * A button that opens a menu of actions (the WAI-ARIA menu button pattern):
 * Enter, Space or the arrows open it on its first (or last) item; arrows,
 * Home, End and the first letter move; Enter runs an item; Escape and Tab
 * close it, a click elsewhere too. Focus returns to the button, so a dialog
 * an item opens gives focus back there.
 */
export function MenuButton({ label, children, items, buttonClassName, title, placement = 'below', align = 'end' }: MenuButtonProps) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const shown = shownItems(menuRef.current);
    (open === 'last' ? shown.at(-1) : shown[0])?.focus();
    const onPointer = (event: PointerEvent): void => {
      if (event.target instanceof Node && !wrapRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  function close(): void {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const shown = shownItems(menuRef.current);
    const index = shown.findIndex((item) => item === document.activeElement);
    const focusAt = (at: number): void => shown[(at + shown.length) % shown.length]?.focus();
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusAt(index + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      focusAt(event.key === 'Home' ? 0 : shown.length - 1);
    } else if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const letter = event.key.toLocaleLowerCase();
      const after = [...shown.slice(index + 1), ...shown.slice(0, index + 1)];
      after.find((item) => item.textContent?.trim().toLocaleLowerCase().startsWith(letter))?.focus();
    }
  }

  return (
    <div className="menu-button" ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName ?? 'button button-quiet'}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? menuId : undefined}
        title={title}
        onClick={() => setOpen(open ? false : 'first')}
        onKeyDown={onButtonKeyDown}
      >
        {children}
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          className={`menu menu-${placement} menu-align-${align}`}
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item) => (
            <div key={item.key} className={`menu-entry ${item.className ?? ''}`} role="none">
              {item.separatorBefore && <div className="menu-separator" role="separator" />}
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={item.danger ? 'menu-item is-danger' : 'menu-item'}
                aria-haspopup={item.opensDialog ? 'dialog' : undefined}
                aria-keyshortcuts={item.keyshortcuts}
                title={item.title}
                onClick={() => {
                  close();
                  item.onSelect();
                }}
              >
                <span className="menu-item-label">{item.label}</span>
                {item.shortcut && (
                  <span className="menu-item-shortcut" aria-hidden="true">
                    {item.shortcut}
                  </span>
                )}
              </button>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
