import { type FocusEvent, useEffect, useRef, useState } from 'react';

export interface ToastMessage {
  id: number;
  text: string;
  /** `label` is shown; `accessibleName` (when the label alone is ambiguous) is what screen readers hear. */
  action?: { label: string; accessibleName?: string; run: () => void };
}

export interface ToastProps {
  toast: ToastMessage | null;
  onDismiss: () => void;
  /** Where focus goes when the message closes while it had focus and the place it came from is gone. */
  fallbackFocus?: () => HTMLElement | null;
}

const VISIBLE_MS = 8000;

const nodeOf = (target: EventTarget | null): Node | null => (target instanceof Node ? target : null);

/**
 * A short notice at the bottom of the window, read out politely, with an
 * optional action (Undo). It is a region F6 reaches — first, while its action
 * is new — and it stays while it has focus; acting on it or dismissing it
 * puts focus back where it was.
 */
export function Toast({ toast, onDismiss, fallbackFocus }: ToastProps) {
  const [focused, setFocused] = useState(false);
  const [visited, setVisited] = useState<number | null>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  const returnFocus = useRef(false);
  const id = toast?.id ?? null;

  useEffect(() => {
    if (id === null || focused) return undefined;
    const timer = setTimeout(onDismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [id, onDismiss, focused]);

  // Acted on or dismissed from the keyboard: focus goes back to where it came from.
  useEffect(() => {
    setFocused(false);
    if (!returnFocus.current) return;
    returnFocus.current = false;
    const back = cameFrom.current;
    cameFrom.current = null;
    requestAnimationFrame(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      const target = back?.isConnected && back.checkVisibility() ? back : fallbackFocus?.();
      target?.focus();
    });
  }, [id, fallbackFocus]);

  function onFocus(event: FocusEvent<HTMLDivElement>): void {
    if (!toast) return;
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) cameFrom.current = from;
    setFocused(true);
    setVisited(toast.id);
  }

  function onBlur(event: FocusEvent<HTMLDivElement>): void {
    if (!event.currentTarget.contains(nodeOf(event.relatedTarget))) setFocused(false);
  }

  /** Closes the message; when it had focus, focus returns. */
  function leave(then: () => void): void {
    returnFocus.current = toast !== null && document.activeElement instanceof Node && document.activeElement.closest?.('.toast') !== null;
    then();
  }

  const urgent = toast?.action !== undefined && visited !== toast.id;
  return (
    <div className="toast-region" aria-live="polite">
      {toast && (
        <div
          className="toast"
          key={toast.id}
          role="group"
          aria-label="Message"
          tabIndex={-1}
          data-region="messages"
          data-region-urgent={urgent ? 'true' : undefined}
          onFocus={onFocus}
          onBlur={onBlur}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            leave(onDismiss);
          }}
        >
          <span className="toast-text">{toast.text}</span>
          {toast.action && (
            <button
              type="button"
              className="toast-action"
              aria-label={toast.action.accessibleName}
              data-region-focus
              onClick={() =>
                leave(() => {
                  toast.action?.run();
                  onDismiss();
                })
              }
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => leave(onDismiss)}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
}
