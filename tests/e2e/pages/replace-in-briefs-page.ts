import { expect, type Locator, type Page } from '@playwright/test';

/** The Find / Replace in all briefs dialog of the library, by role and accessible name. */
export class ReplaceInBriefsPage {
  readonly dialog: Locator;
  readonly findBox: Locator;
  readonly replaceBox: Locator;
  readonly findButton: Locator;
  readonly regexpOption: Locator;
  readonly problem: Locator;
  /** The preview's summary, the progress text or the report, whichever is shown. */
  readonly status: Locator;
  readonly progressBar: Locator;
  readonly cancelButton: Locator;
  readonly closeButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Replace in all briefs' });
    this.findBox = this.dialog.getByRole('searchbox', { name: 'Find in all briefs' });
    this.replaceBox = this.dialog.getByRole('textbox', { name: 'Replace with' });
    this.findButton = this.dialog.getByRole('button', { name: /^(Find|Searching…)$/ });
    this.regexpOption = this.dialog.getByRole('checkbox', { name: 'Regular expression' });
    this.problem = this.dialog.getByRole('alert');
    this.status = this.dialog.getByRole('status');
    this.progressBar = this.dialog.getByRole('progressbar', { name: 'Replace progress' });
    this.cancelButton = this.dialog.getByRole('button', { name: 'Cancel', exact: true });
    this.closeButton = this.dialog.getByRole('button', { name: 'Close', exact: true });
  }

  /** The button that starts the replace ("Replace 3 matches"). */
  replaceButton(matches?: number): Locator {
    if (matches === undefined) return this.dialog.getByRole('button', { name: /^Replace [\d,]+ match(es)?$/ });
    return this.dialog.getByRole('button', {
      name: `Replace ${matches.toLocaleString('en')} match${matches === 1 ? '' : 'es'}`,
      exact: true,
    });
  }

  /** Opens the dialog with its shortcut (Control+Alt+Shift+H); the Find field has the focus. */
  async open(): Promise<void> {
    await this.page.keyboard.press('Control+Alt+Shift+H');
    await expect(this.dialog).toBeVisible();
    await expect(this.findBox).toBeFocused();
  }

  /** Types what to find and its replacement by keyboard (Tab between them); the focus stays in Replace with. */
  async typeQuery(search: string, replace: string): Promise<void> {
    await expect(this.findBox).toBeFocused();
    await this.page.keyboard.type(search);
    await this.page.keyboard.press('Tab');
    await expect(this.replaceBox).toBeFocused();
    await this.page.keyboard.type(replace);
  }

  /**
   * Resolves in the animation frame the progress bar first shows progress
   * (or once it is gone: the job ended before), so what follows acts at once.
   */
  async progressMoved(): Promise<void> {
    const bar = await this.progressBar.elementHandle();
    await this.page.waitForFunction(
      (element) => !(element instanceof HTMLProgressElement) || !element.isConnected || element.value > 0,
      bar,
      { polling: 'raf' },
    );
  }

  /** Ticks or unticks an option with Space. */
  async toggle(option: Locator): Promise<void> {
    await option.focus();
    await this.page.keyboard.press('Space');
  }
}
