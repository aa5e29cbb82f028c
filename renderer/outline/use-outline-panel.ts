import { useCallback, useId, useRef, useState } from 'react';
import { usePersistentFlag } from '../ui/use-persistent-flag';

export interface OutlinePanelState {
  /** The element ids the toggles control. */
  panelId: string;
  /** Beside the brief, in a wide pane (kept across briefs and restarts). */
  columnOpen: boolean;
  /** Over the brief, in a narrow pane (kept separately: a narrow window remembers its own choice). */
  overlayOpen: boolean;
  setColumnOpen: (open: boolean) => void;
  /** Opens or closes the overlay; opening it moves focus into it, closing returns focus to its toggle. */
  setOverlayOpen: (open: boolean) => void;
  panelRef: React.RefObject<HTMLElement | null>;
  overlayToggleRef: React.RefObject<HTMLButtonElement | null>;
  /** Counts the overlay's openings from its toggle: the panel moves focus in on each. */
  focusRequest: number;
}

/**
 * The Outline's two states: as a column beside a wide pane and as a panel
 * over a narrow one. Which one applies is the stylesheet's decision (a
 * container query on the pane's width), so each state has its own toggle and
 * the one for the other width is not displayed.
 */
export function useOutlinePanel(): OutlinePanelState {
  const panelId = useId();
  const [columnOpen, setColumnOpen] = usePersistentFlag('briefdesk.outline.open', true);
  const [overlayOpen, storeOverlayOpen] = usePersistentFlag('briefdesk.outline.overlay', false);
  const [focusRequest, setFocusRequest] = useState(0);
  const panelRef = useRef<HTMLElement>(null);
  const overlayToggleRef = useRef<HTMLButtonElement>(null);

  const setOverlayOpen = useCallback(
    (open: boolean) => {
      storeOverlayOpen(open);
      if (open) setFocusRequest((n) => n + 1);
      else if (panelRef.current?.contains(document.activeElement) || document.activeElement === document.body) {
        overlayToggleRef.current?.focus();
      }
    },
    [storeOverlayOpen],
  );

  return { panelId, columnOpen, overlayOpen, setColumnOpen, setOverlayOpen, panelRef, overlayToggleRef, focusRequest };
}
