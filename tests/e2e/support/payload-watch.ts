import type { Locator, Page } from '@playwright/test';

/** What hostile content could do to a page: dialogs, errors, blocked loads; `pwned()` reads window.__pwned. */
export async function watchForPayloads(page: Page) {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
      ),
    );
  });
  return {
    dialogs,
    errors,
    pwned: () => page.evaluate(() => Reflect.get(window, '__pwned')),
    cspViolations: () => page.evaluate(() => Reflect.get(window, '__cspViolations')),
  };
}

/** Gives every element under `root` the events an injected handler would wait for, and hovers its links. */
export async function provoke(page: Page, root: Locator): Promise<void> {
  await root.evaluate((element) => {
    for (const node of [element, ...Array.from(element.querySelectorAll('*'))]) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'animationstart', 'load', 'error', 'toggle', 'click']) {
        if (type === 'click' && node instanceof HTMLAnchorElement) continue;
        node.dispatchEvent(new Event(type));
      }
    }
  });
  for (const link of await root.getByRole('link').all()) await link.hover();
  // Let anything a payload scheduled (timers, image loads) happen before it is checked.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
