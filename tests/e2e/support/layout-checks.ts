import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** axe-core's source: the copy @axe-core/playwright runs. */
const axeSource = ((): string => {
  const require = createRequire(import.meta.url);
  const builder = require.resolve('@axe-core/playwright');
  return readFileSync(createRequire(builder).resolve('axe-core/axe.min.js'), 'utf8');
})();

/** The part of axe-core's API run in the page. */
interface AxeInPage {
  run: (
    context: Document | { include: string[] },
    options: { runOnly: { type: 'tag' | 'rule'; values: string[] }; iframes: boolean },
  ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
}

/** Which audit: every WCAG rule, or only those that read colours (the same screen in another scheme). */
export type AxeRules = 'all' | 'colours';

/**
 * axe-core's violations (WCAG 2.0 A and AA, 2.1 AA, 2.2 AA) in `include` (the
 * open dialog, say) or the whole page, in words. axe is put in the page once
 * and run there (not in frames: the only frame is the Preview's script-less
 * page, the exported page that export-html.spec.ts audits on its own), so a
 * matrix of audits costs the audits alone. `rules: 'colours'` runs only the
 * rules that depend on colours (contrast, links told apart from text): for
 * the same screen again in the other colour scheme.
 */
export async function axeViolations(page: Page, include?: string, rules: AxeRules = 'all'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ({ include: selector, tags, colours }) => {
      const axe: AxeInPage = Reflect.get(window, 'axe');
      const runOnly = colours
        ? { type: 'rule' as const, values: ['color-contrast', 'link-in-text-block'] }
        : { type: 'tag' as const, values: tags };
      const result = await axe.run(selector ? { include: [selector] } : document, { runOnly, iframes: false });
      return result.violations.map(
        (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    },
    { include: include ?? null, tags: AXE_TAGS, colours: rules === 'colours' },
  );
  return violations;
}
