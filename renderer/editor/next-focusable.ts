/** Elements that can take focus from Tab (filtered further: enabled, in the tab order, shown). */
const CANDIDATES = 'a[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable="true"]';

/** Whether Tab can land on the element now: in the tab order, enabled, shown, not behind `inert`. */
function tabbable(element: HTMLElement): boolean {
  if (element.tabIndex < 0) return false;
  if (
    (element instanceof HTMLButtonElement ||
      element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement) &&
    element.disabled
  )
    return false;
  if (element instanceof HTMLInputElement && element.type === 'hidden') return false;
  if (element.closest('[inert]') !== null) return false;
  return element.checkVisibility({ visibilityProperty: true });
}

/**
 * The element Tab (forward) or Shift+Tab (backward) should reach from a point
 * in the document — the text cursor of an editor — in document order, as if
 * the cursor were a focusable element standing there. Text that is itself
 * editable (inside the editor's content) is passed over, and so is `skip`
 * (the editor's own root): only controls and other fields are reached.
 * Null when there is none in that direction.
 */
export function nextFocusableFrom(point: Node, direction: 'forward' | 'backward', skip: HTMLElement | null = null): HTMLElement | null {
  const root = point.ownerDocument ?? document;
  const all = [...root.querySelectorAll<HTMLElement>(CANDIDATES)];
  const wanted = direction === 'forward' ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING;
  const inOrder = direction === 'forward' ? all : all.reverse();
  return (
    inOrder.find((element) => {
      if (element === skip || element.isContentEditable) return false;
      const relation = point.compareDocumentPosition(element);
      // An element holding the point (the editor around the cursor) is neither before nor after it.
      if (relation & Node.DOCUMENT_POSITION_CONTAINS) return false;
      return (relation & wanted) !== 0 && tabbable(element);
    }) ?? null
  );
}
