import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { BriefdeskApi } from './support/briefdesk-api';
import { FULL_BRIEF_HEADLINE, fillLibrary } from './support/full-brief';
import { axeViolations, layoutProblems } from './support/layout-checks';
import { WebShell } from './web-shell';

/**
 * Every screen at every window size, light and dark: the library, the
 * editor with a fully filled brief, its menus and panels, and each dialog.
 * On each: nothing scrolls sideways or is cut off, every visible control can
 * be scrolled into the window and is the element at its own centre, and axe
 * finds nothing (WCAG 2.2 AA). Every dialog is audited in light and dark at
 * every size, scoped to the dialog; the page behind in light at every size
 * and in dark at the sizes marked darkPage. One walk per size, the system's
 * colour scheme switched on the open screen; a screenshot of each screen
 * where something was found is attached to the test's results.
 *
 * One browser shell and one filled library per worker: the screens only look.
 */
const test = base.extend<object, { filled: WebShell }>({
  filled: [
    async ({ playwright }, use) => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-layout-'));
      const shell = await WebShell.start(dataDir);
      const request = await playwright.request.newContext();
      await fillLibrary(new BriefdeskApi(request, shell), path.join(dataDir, 'site'));
      await request.dispose();
      await use(shell);
      await shell.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

interface WindowSize {
  name: string;
  width: number;
  height: number;
  /** CSS pixels per device pixel: 2 is a 1280 × 720 screen at 200 % zoom. */
  scale?: number;
  /**
   * Whether axe also audits the whole page (library, editor, menus) in the
   * dark scheme at this size. The dialogs are audited in light and dark at
   * every size, scoped to the dialog; the page behind them in light at every
   * size. Names, roles and colours of the page do not change with the window,
   * only which parts show: the widest common laptop, the drawer at half a
   * screen and the narrowest window cover them.
   */
  darkPage?: boolean;
}

const SIZES: readonly WindowSize[] = [
  { name: '1920×1080', width: 1920, height: 1080 },
  { name: '1366×768', width: 1366, height: 768, darkPage: true },
  { name: '1280×720', width: 1280, height: 720 },
  { name: '1024×640', width: 1024, height: 640 },
  { name: '683×768 (half a laptop screen)', width: 683, height: 768 },
  { name: '640×360 (1280×720 at 200 %)', width: 640, height: 360, scale: 2, darkPage: true },
  { name: '320×568 (reflow, WCAG 1.4.10)', width: 320, height: 568, darkPage: true },
];

/** Below this width the library is a drawer (DRAWER_QUERY in renderer/app/layout-queries.ts). */
const DRAWER_BELOW = 861;

/** A dialog of the app and how an analyst opens it. */
interface DialogCase {
  name: string;
  open: (screen: Screen) => Promise<void>;
}

/** The window under test: its page and how to reach the library in it. */
class Screen {
  constructor(
    readonly page: Page,
    readonly drawer: boolean,
  ) {}

  get library() {
    return this.page.getByRole('complementary', { name: 'Library' });
  }

  get editor() {
    return this.page.getByRole('main', { name: 'Brief editor' });
  }

  /** The library's own controls: in a narrow window, the drawer opens first (Ctrl+\). */
  async showLibrary(): Promise<void> {
    if (!this.drawer) return;
    await this.page.keyboard.press('Control+Backslash');
    await expect(this.library.getByRole('searchbox', { name: 'Filter briefs' })).toBeFocused();
  }

  async briefAction(name: string): Promise<void> {
    await this.editor.getByRole('button', { name: 'More actions' }).click();
    await this.page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem', { name, exact: true }).click();
  }
}

const DIALOGS: readonly DialogCase[] = [
  { name: 'Publish', open: ({ page }) => page.keyboard.press('Control+Alt+P') },
  {
    name: 'Preview',
    open: async ({ page }) => {
      await page.keyboard.press('Control+Shift+P');
      // Rendering a 3,600-word page with its image can take a while on a busy machine.
      await expect(page.frameLocator('iframe.preview-frame').getByRole('heading', { level: 1 })).toHaveText(FULL_BRIEF_HEADLINE, {
        timeout: 30_000,
      });
    },
  },
  { name: 'Export brief', open: ({ page }) => page.keyboard.press('Control+E') },
  {
    name: 'History',
    open: async ({ page }) => {
      await page.keyboard.press('Control+Shift+H');
      const history = page.getByRole('dialog', { name: 'History' });
      await expect(history.getByRole('heading', { name: 'Revisions' })).toBeVisible();
      await expect(history.getByText('Loading the history…')).toHaveCount(0);
    },
  },
  { name: 'Save as template', open: (screen) => screen.briefAction('Save as template…') },
  { name: 'Desk blocks', open: (screen) => screen.briefAction('Insert desk block…') },
  {
    name: 'Add link',
    open: async ({ page }) => {
      await page.getByRole('textbox', { name: 'Body', exact: true }).getByText('Section 1: what changed this week').click();
      await page.keyboard.press('Control+K');
    },
  },
  {
    name: 'Save as desk block',
    open: async ({ page }) => {
      await page.getByRole('region', { name: "Editor's Desk" }).getByRole('button', { name: 'Save as desk block' }).click();
    },
  },
  { name: 'Export briefs', open: ({ page }) => page.keyboard.press('Control+Alt+E') },
  {
    name: 'New brief from template',
    open: async (screen) => {
      await screen.showLibrary();
      await screen.library.getByRole('button', { name: 'Choose template' }).click();
    },
  },
  {
    name: 'Outbox',
    open: async (screen) => {
      await screen.showLibrary();
      await screen.library.getByRole('button', { name: 'Outbox' }).click();
    },
  },
  {
    name: 'Settings',
    open: async (screen) => {
      await screen.showLibrary();
      await screen.library.getByRole('button', { name: 'Settings' }).click();
    },
  },
  {
    name: 'Restore from backup',
    open: async (screen) => {
      await screen.showLibrary();
      await screen.library.getByRole('button', { name: 'Backups' }).click();
      await screen.page.getByRole('menuitem', { name: 'Restore from backup…' }).click();
    },
  },
  {
    name: 'Automatic backups',
    open: async (screen) => {
      await screen.showLibrary();
      await screen.library.getByRole('button', { name: 'Backups' }).click();
      await screen.page.getByRole('menuitem', { name: 'Automatic backups…' }).click();
    },
  },
];

for (const size of SIZES) {
  test(`${size.name}: nothing cut off, covered or sideways; axe-clean in light and dark on every dialog, the page ${size.darkPage === true ? 'in light and dark' : 'in light'}`, async ({
    browser,
    filled,
  }, testInfo) => {
    test.setTimeout(300_000);
    // Reduced motion: no transition is running when a screen is measured or its colours are switched.
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: size.scale ?? 1,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const screen = new Screen(page, size.width < DRAWER_BELOW);
    const found: Record<string, string[]> = {};

    /** The colour scheme the page shows now: a walk switches it as few times as it can. */
    let scheme: 'light' | 'dark' = 'light';
    const showScheme = async (colorScheme: 'light' | 'dark'): Promise<void> => {
      if (scheme === colorScheme) return;
      await page.emulateMedia({ colorScheme });
      scheme = colorScheme;
    };

    /**
     * Checks what is on screen now; `scope` narrows the controls checked (a menu or panel over the brief),
     * `axeScope` what axe audits (a dialog: the page behind it is audited on its own). The layout does not
     * depend on the colours: it is checked once, in light. axe audits in light, and in dark when `dark` —
     * the same screen with the system's scheme switched. The scheme the screen came in is checked first,
     * so a walk switches once per screen (light then dark, the next screen dark then light). A screen with
     * problems gets a screenshot, attached to the results.
     */
    const check = async (name: string, options: { scope?: string; axeScope?: string; dark: boolean }): Promise<void> => {
      await page.evaluate(() => document.fonts.ready);
      // Reduced motion stops the app's transitions; anything still running ends before the screen is measured.
      await page.evaluate(() => {
        for (const animation of document.getAnimations()) if (animation.effect?.getTiming().iterations !== Infinity) animation.finish();
      });
      const problems: string[] = [];
      const inDark = async (): Promise<void> => {
        await showScheme('dark');
        problems.push(...(await axeViolations(page, options.axeScope, 'colours')).map((problem) => `dark: ${problem}`));
      };
      const darkFirst = options.dark && scheme === 'dark';
      if (darkFirst) await inDark();
      await showScheme('light');
      problems.push(...(await layoutProblems(page, options.scope)));
      problems.push(...(await axeViolations(page, options.axeScope)).map((problem) => `light: ${problem}`));
      if (options.dark && !darkFirst) await inDark();
      if (problems.length === 0) return;
      found[name] = problems;
      const shot = await page.screenshot({ animations: 'disabled' });
      await testInfo.attach(`${name}-${scheme}.png`, { body: shot, contentType: 'image/png' });
    };
    const darkPage = size.darkPage === true;

    await page.goto(filled.url);
    await expect(screen.editor.getByRole('textbox', { name: 'Headline' })).toHaveValue(FULL_BRIEF_HEADLINE);
    await expect(screen.editor.getByRole('status')).toHaveText('Saved');

    await test.step('the library', async () => {
      if (screen.drawer) {
        // A narrow window: the library is a drawer over the brief, closed until asked for.
        await expect(screen.library).toBeHidden();
        await screen.showLibrary();
      }
      await check('library', { dark: darkPage });
      if (screen.drawer) {
        await page.keyboard.press('Escape');
        await expect(screen.library).toBeHidden();
      }
    });

    await test.step('the editor with a full brief', async () => {
      await check('editor', { dark: darkPage });
    });

    await test.step('More actions', async () => {
      await screen.editor.getByRole('button', { name: 'More actions' }).click();
      await expect(page.getByRole('menu', { name: 'More actions' })).toBeVisible();
      await check('more-actions', { scope: '[role="menu"]', axeScope: '[role="menu"]', dark: darkPage });
      await page.keyboard.press('Escape');
      await expect(screen.editor.getByRole('button', { name: 'More actions' })).toBeFocused();
    });

    await test.step('the Outline', async () => {
      // Beside a wide pane it is a column (checked with the editor); over a narrow one a panel from the bar.
      const toggle = screen.editor.getByRole('button', { name: 'Outline', expanded: false });
      if ((await toggle.count()) === 0) return;
      await toggle.click();
      const outline = page.getByRole('complementary', { name: 'Outline' });
      await expect(outline.getByRole('button', { name: 'Key takeaways' })).toBeFocused();
      await check('outline', { scope: '.outline-panel', axeScope: '.outline-panel', dark: darkPage });
      await page.keyboard.press('Escape');
      await expect(outline).toBeHidden();
    });

    for (const dialog of DIALOGS) {
      await test.step(`the ${dialog.name} dialog`, async () => {
        await dialog.open(screen);
        // A dialog's name may go on with the brief's headline ("Publish “…”").
        const shown = page.getByRole('dialog', { name: new RegExp(`^${dialog.name}(?: “|$)`) });
        await expect(shown).toBeVisible();
        await check(`dialog-${dialog.name.toLowerCase().replace(/\W+/g, '-')}`, { axeScope: 'dialog[open]', dark: true });
        await page.keyboard.press('Escape');
        await expect(shown).toBeHidden();
        if (screen.drawer && (await screen.library.isVisible())) {
          await page.keyboard.press('Escape');
          await expect(screen.library).toBeHidden();
        }
      });
    }

    await context.close();
    expect(found, `at ${size.name}`).toEqual({});
  });
}
