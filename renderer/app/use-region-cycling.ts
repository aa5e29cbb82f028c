import { useEffect } from 'react';

/** The parts of the window F6 moves between, in this order: library, brief, status bar, messages. */
const REGION = '[data-region]';

/** A region F6 can go to now: shown, and not behind a drawer or a dialog. */
function available(region: HTMLElement): boolean {
  return region.checkVisibility() && region.closest('[inert]') === null;
}

function innermostRegion(element: Element | null): HTMLElement | null {
  const region = element?.closest<HTMLElement>(REGION);
  return region ?? null;
}

/** The region's own place to land when nothing in it had focus yet (its search box, its first action…). */
function landingOf(region: HTMLElement): HTMLElement {
  const preferred = region.querySelector<HTMLElement>('[data-region-focus]');
  return preferred && preferred.checkVisibility() ? preferred : region;
}

/**
 * F6 and Shift+F6 cycle through the window's regions as in desktop apps:
 * the library, the brief, the status bar and a message on screen. Each
 * region gets back the element that last had focus in it (the body editor
 * keeps its cursor). A message with an action that just appeared ("Undo")
 * is the first stop of F6 until it has been visited, so it is one key away.
 */
export function useRegionCycling(): void {
  useEffect(() => {
    const lastFocused = new WeakMap<HTMLElement, HTMLElement>();

    const onFocusIn = (event: FocusEvent): void => {
      if (!(event.target instanceof HTMLElement)) return;
      const region = innermostRegion(event.target);
      if (region && event.target !== region) lastFocused.set(region, event.target);
    };

    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'F6' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]') !== null) return;
      const regions = [...document.querySelectorAll<HTMLElement>(REGION)].filter(available);
      if (regions.length === 0) return;
      event.preventDefault();
      const active = document.activeElement;
      const urgent = regions.find((region) => region.hasAttribute('data-region-urgent') && !region.contains(active));
      let target = !event.shiftKey ? urgent : undefined;
      if (!target) {
        const current = innermostRegion(active);
        const index = current ? regions.indexOf(current) : -1;
        const step = event.shiftKey ? -1 : 1;
        const from = index === -1 && event.shiftKey ? 0 : index;
        target = regions[(from + step + regions.length) % regions.length];
      }
      if (!target) return;
      const last = lastFocused.get(target);
      const destination = last?.isConnected && target.contains(last) && last.checkVisibility() ? last : landingOf(target);
      destination.focus();
    };

    document.addEventListener('focusin', onFocusIn);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
