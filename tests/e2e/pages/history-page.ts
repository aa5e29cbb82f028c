import { expect, type Locator, type Page } from '@playwright/test';
import { startsWith } from '../support/starts-with';

/** The History dialog of the open brief and the toast a restore leaves; selectors by role and accessible name. */
export class HistoryPage {
  readonly historyButton: Locator;
  readonly dialog: Locator;
  readonly versionName: Locator;
  readonly saveVersionButton: Locator;
  readonly revisions: Locator;
  readonly fields: Locator;
  readonly body: Locator;
  readonly restoreButton: Locator;
  readonly restoreConfirm: Locator;
  readonly closeButton: Locator;
  readonly undoRestoreButton: Locator;

  constructor(readonly page: Page) {
    this.historyButton = page.getByRole('main', { name: 'Brief editor' }).getByRole('button', { name: 'History', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'History', exact: true });
    this.versionName = this.dialog.getByRole('textbox', { name: 'Version name' });
    this.saveVersionButton = this.dialog.getByRole('button', { name: 'Save version', exact: true });
    this.revisions = this.dialog.getByRole('listbox', { name: 'Revisions', exact: true });
    this.fields = this.dialog.getByRole('region', { name: 'Fields', exact: true });
    this.body = this.dialog.getByRole('region', { name: 'Body', exact: true });
    this.restoreButton = this.dialog.getByRole('button', { name: 'Restore', exact: true });
    this.restoreConfirm = this.dialog.getByRole('group', { name: 'Restore this version?' });
    this.closeButton = this.dialog.getByRole('button', { name: 'Close', exact: true });
    this.undoRestoreButton = page.getByRole('button', { name: 'Undo restore', exact: true });
  }

  async open(): Promise<void> {
    await this.historyButton.click();
    await expect(this.dialog).toBeVisible();
  }

  async close(): Promise<void> {
    await this.closeButton.click();
    await expect(this.dialog).toBeHidden();
  }

  /** A revision in the list, by the start of its accessible name ("First draft", "Before restore", "Exported"…). */
  revision(title: string): Locator {
    return this.revisions.getByRole('option', { name: startsWith(title) });
  }

  /** Types a name and presses Enter; resolves once the version is listed and selected. */
  async saveVersion(name: string): Promise<void> {
    await this.versionName.fill(name);
    await this.versionName.press('Enter');
    await expect(this.revision(name)).toHaveAttribute('aria-selected', 'true');
    await expect(this.versionName).toHaveValue('');
  }

  async select(title: string): Promise<void> {
    await this.revision(title).click();
    await expect(this.revision(title)).toHaveAttribute('aria-selected', 'true');
  }

  /** A line of the body diff, by its label ("Key Takeaways 1") or text. */
  bodyLine(text: string): Locator {
    return this.body.getByRole('listitem').filter({ hasText: text });
  }

  /** A field's value in the diff, by its label ("Headline"). */
  field(label: string): Locator {
    return this.fields.getByRole('group', { name: label, exact: true });
  }

  /** Restore, confirmed in place; the dialog closes and the toast appears. */
  async restore(): Promise<void> {
    await this.restoreButton.click();
    await expect(this.restoreConfirm).toBeVisible();
    await this.restoreConfirm.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
