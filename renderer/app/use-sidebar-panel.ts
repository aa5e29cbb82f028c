import { useCallback, useEffect, useRef } from 'react';
import { useMediaQuery } from '../ui/use-media-query';
import { usePersistentFlag } from '../ui/use-persistent-flag';
import { DRAWER_QUERY } from './layout-queries';

export interface SidebarPanel {
  /** 'column' beside the brief (wide windows) or 'drawer' over it (narrow ones). */
  mode: 'column' | 'drawer';
  /** Whether the library shows in the current mode. */
  shown: boolean;
  /** The column's state (kept for wide windows). */
  columnShown: boolean;
  /** The drawer's state (kept for narrow windows). */
  drawerOpen: boolean;
  /** Show or hide the library in the current mode (the toggle and Ctrl/Cmd+\). */
  toggle: () => void;
  /** Close the drawer; focus goes back where it was before it opened, or to `focusTarget`. */
  closeDrawer: (focusTarget?: HTMLElement | null) => void;
}

/** Puts focus on the first of these elements that can take it now. */
function focusFirst(...candidates: (HTMLElement | null | undefined)[]): void {
  for (const candidate of candidates) {
    if (!candidate?.isConnected || !candidate.checkVisibility()) continue;
    candidate.focus();
    if (document.activeElement === candidate) return;
  }
}

/**
 * The library's place in the window: a column that can be hidden on wide
 * windows, a drawer on narrow ones. Each mode keeps its own state (a wide
 * window remembers the column hidden, a narrow one the drawer open), so
 * resizing across the breakpoint does not carry one into the other. Opening
 * the drawer moves focus into it (the search box); closing it returns focus.
 */
export function useSidebarPanel(
  sidebarRef: React.RefObject<HTMLElement | null>,
  toggleRef: React.RefObject<HTMLElement | null>,
): SidebarPanel {
  const drawer = useMediaQuery(DRAWER_QUERY);
  const [columnShown, setColumnShown] = usePersistentFlag('briefdesk.sidebar.column', true);
  const [drawerOpen, setDrawerOpen] = usePersistentFlag('briefdesk.sidebar.drawer', false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const justOpened = useRef(false);

  const closeDrawer = useCallback(
    (focusTarget?: HTMLElement | null) => {
      setDrawerOpen(false);
      const back = returnFocus.current;
      returnFocus.current = null;
      // After React has made the drawer hidden and the brief usable again.
      requestAnimationFrame(() => focusFirst(focusTarget, back, toggleRef.current));
    },
    [setDrawerOpen, toggleRef],
  );

  const toggle = useCallback(() => {
    if (!drawer) {
      setColumnShown(!columnShown);
      return;
    }
    if (drawerOpen) {
      closeDrawer();
      return;
    }
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    justOpened.current = true;
    setDrawerOpen(true);
  }, [drawer, columnShown, drawerOpen, setColumnShown, setDrawerOpen, closeDrawer]);

  useEffect(() => {
    if (!drawer || !drawerOpen || !justOpened.current) return;
    justOpened.current = false;
    const sidebar = sidebarRef.current;
    focusFirst(sidebar?.querySelector<HTMLElement>('[data-drawer-focus]'), sidebar?.querySelector<HTMLElement>('button'));
  }, [drawer, drawerOpen, sidebarRef]);

  return {
    mode: drawer ? 'drawer' : 'column',
    shown: drawer ? drawerOpen : columnShown,
    columnShown,
    drawerOpen,
    toggle,
    closeDrawer,
  };
}
