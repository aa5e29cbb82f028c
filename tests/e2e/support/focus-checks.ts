import type { Page } from '@playwright/test';

/** How many blocks of each kind the brief's body is expected to hold. */
export interface BlockCounts {
  takeaways: number;
  desks: number;
}

/**
 * What is wrong after a key press of a keyboard-only journey, in words (null
 * when nothing), in one look at the page:
 * - the focus must be on an element other than the page itself, shown,
 *   inside the window, and not covered — the element found at the centre of
 *   its visible part is it or inside it (for an editable body taller than
 *   the window, the caret is what has to be in the window);
 * - the body (the textbox "Body") holds `blocks` Key Takeaways and Editor's
 *   Desk blocks (regions by name), also while a dialog hides it.
 * Does not scroll.
 */
export async function journeyProblem(page: Page, blocks: BlockCounts): Promise<string | null> {
  return page.evaluate((expected) => {
    const body = document.querySelector('[role="textbox"][aria-label="Body"]');
    const regions = body ? [...body.querySelectorAll('[role="region"]')].map((region) => region.getAttribute('aria-label')) : [];
    const takeaways = regions.filter((name) => name === 'Key takeaways').length;
    const desks = regions.filter((name) => name === "Editor's Desk").length;
    if (takeaways !== expected.takeaways || desks !== expected.desks) {
      return `the body holds ${takeaways} Key Takeaways and ${desks} Editor's Desk blocks, not ${expected.takeaways} and ${expected.desks}`;
    }

    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body || active === document.documentElement) {
      return `the focus is on ${active ? `<${active.tagName.toLowerCase()}>` : 'nothing'}`;
    }
    // A radio or checkbox drawn by its label (the input itself transparent): the label is what is seen.
    const drawnBy = active instanceof HTMLInputElement ? active.labels?.[0] : undefined;
    const shown: HTMLElement = drawnBy && !active.checkVisibility({ visibilityProperty: true, opacityProperty: true }) ? drawnBy : active;
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) ?? '';
    const described = `<${active.tagName.toLowerCase()}> “${name}”`;
    if (!shown.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return `${described} has the focus but is hidden`;
    const width = document.documentElement.clientWidth;
    const height = window.innerHeight;
    let box = shown.getBoundingClientRect();
    if (active.isContentEditable) {
      const selection = window.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      const caret = range?.getClientRects()[0] ?? range?.startContainer.parentElement?.getBoundingClientRect();
      // A caret is a line of no width: give it the width of its drawn bar.
      if (caret) box = new DOMRect(caret.left - 1, caret.top, 2, caret.height);
    }
    const left = Math.max(box.left, 0);
    const right = Math.min(box.right, width);
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, height);
    if (right - left < 1 || bottom - top < 1) {
      return `${described} has the focus outside the window (${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)} in ${width}×${height})`;
    }
    const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
    const label = hit?.closest('label');
    const own =
      hit !== null &&
      (hit === active ||
        active.contains(hit) ||
        shown.contains(hit) ||
        (label !== null && label !== undefined && (label.control === active || label.contains(active))));
    if (!own) {
      const by = hit ? `<${hit.tagName.toLowerCase()}${hit.classList.length > 0 ? `.${[...hit.classList].join('.')}` : ''}>` : 'nothing';
      return `${described} has the focus but is covered by ${by}`;
    }
    return null;
  }, blocks);
}
