import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG levels every screen is checked against. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * What is wrong with the layout on screen, in words (empty when nothing):
 * - the page, or any element, scrolls or is scrolled sideways, or has
 *   content beyond its right edge that is cut off (text shortened with an
 *   ellipsis on purpose aside);
 * - a visible control — within `scope` (a CSS selector; the open modal
 *   dialog, else the whole page) — does not lie inside the window once
 *   scrolled into view, or is not the element found at its own centre
 *   (covered by another, or clipped by a box around it).
 * Runs in the page; scrolls controls into view as a person would.
 */
export async function layoutProblems(page: Page, scope?: string): Promise<string[]> {
  return page.evaluate((scopeSelector) => {
    const problems: string[] = [];
    const describe = (element: Element): string => {
      const name =
        element.getAttribute('aria-label') ??
        element.getAttribute('title') ??
        element.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) ??
        '';
      const classes = element.classList.length > 0 ? `.${[...element.classList].join('.')}` : '';
      return `<${element.tagName.toLowerCase()}${classes}> “${name}”`;
    };
    const viewportWidth = document.documentElement.clientWidth;
    const viewportHeight = window.innerHeight;
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push(`the page scrolls sideways (${root.scrollWidth} px wide in ${root.clientWidth})`);

    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (!(element instanceof HTMLElement) || element.matches('input, textarea, select, option')) continue;
      if (element.clientWidth <= 1) continue;
      const style = getComputedStyle(element);
      if (element.scrollLeft > 0) problems.push(`${describe(element)} is scrolled sideways by ${element.scrollLeft} px`);
      const clipped = style.overflowX !== 'visible' && style.textOverflow !== 'ellipsis';
      if (clipped && element.scrollWidth > element.clientWidth + 1 && element.checkVisibility()) {
        problems.push(`${describe(element)} has ${element.scrollWidth - element.clientWidth} px of content beyond its right edge`);
      }
    }

    const dialog = document.querySelector('dialog[open]');
    const container = scopeSelector ? document.querySelector(scopeSelector) : (dialog ?? document.body);
    if (!container) return [...problems, `nothing on screen matches ${scopeSelector ?? 'the page'}`];
    const controls = container.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, textarea, iframe, summary, [contenteditable="true"], [role="button"], [role="menuitem"], [role="option"], [role="radio"], [role="checkbox"], [role="tab"], [tabindex]:not([tabindex="-1"])',
    );
    for (const control of controls) {
      if (!control.checkVisibility({ visibilityProperty: true }) || control.closest('[inert]') !== null) continue;
      const before = control.getBoundingClientRect();
      // Hidden for sight on purpose (a file input behind its button): not a control anyone points at.
      if (before.width <= 1 || before.height <= 1) continue;
      control.scrollIntoView({ block: 'center', inline: 'center' });
      const box = control.getBoundingClientRect();
      if (box.left < -1 || box.right > viewportWidth + 1) {
        problems.push(
          `${describe(control)} lies outside the window sideways (${Math.round(box.left)}–${Math.round(box.right)} of ${viewportWidth})`,
        );
      }
      if (box.height <= viewportHeight && (box.top < -1 || box.bottom > viewportHeight + 1)) {
        problems.push(
          `${describe(control)} lies outside the window (${Math.round(box.top)}–${Math.round(box.bottom)} of ${viewportHeight})`,
        );
      }
      const left = Math.max(box.left, 0);
      const right = Math.min(box.right, viewportWidth);
      const top = Math.max(box.top, 0);
      const bottom = Math.min(box.bottom, viewportHeight);
      if (right <= left || bottom <= top) {
        problems.push(`${describe(control)} cannot be scrolled into view`);
        continue;
      }
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      const label = hit?.closest('label');
      const own =
        hit !== null &&
        (hit === control ||
          control.contains(hit) ||
          (label !== null && label !== undefined && (label.control === control || label.contains(control))));
      if (!own) problems.push(`${describe(control)} is covered at its centre by ${hit ? describe(hit) : 'nothing'}`);
    }
    return problems;
  }, scope ?? null);
}

/**
 * axe-core's violations (WCAG 2.0 A and AA, 2.1 AA, 2.2 AA) in `include` (the
 * open dialog, say) or the whole page, in words. Run inside the page (legacy
 * mode: no extra tab per audit, which keeps a matrix of audits quick) and not
 * in frames: the only frame is the Preview's script-less page, the exported
 * page that export-html.spec.ts audits on its own. (options() replaces all
 * options, so it comes before withTags.)
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).options({ iframes: false }).withTags(AXE_TAGS).setLegacyMode();
  if (include) builder = builder.include(include);
  const audit = await builder.analyze();
  return audit.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
