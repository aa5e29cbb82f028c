import { expect, type Locator, type Page } from '@playwright/test';
import { startsWith } from '../support/starts-with';

/** Settings (publishing targets), the Publish dialog, the Outbox and the published-where line; selectors by role and accessible name. */
export class PublishPage {
  readonly settingsButton: Locator;
  readonly settings: Locator;
  readonly targets: Locator;
  readonly publishButton: Locator;
  readonly publishDialog: Locator;
  readonly checklist: Locator;
  readonly errors: Locator;
  readonly warnings: Locator;
  readonly publishAnyway: Locator;
  readonly submitPublish: Locator;
  readonly outboxButton: Locator;
  readonly outbox: Locator;
  readonly jobs: Locator;
  readonly publishedWhere: Locator;

  constructor(readonly page: Page) {
    this.settingsButton = page.getByRole('complementary', { name: 'Library' }).getByRole('button', { name: 'Settings', exact: true });
    this.settings = page.getByRole('dialog', { name: 'Settings', exact: true });
    this.targets = this.settings.getByRole('list', { name: 'Publishing targets' });
    this.publishButton = page.getByRole('main', { name: 'Brief editor' }).getByRole('button', { name: 'Publish', exact: true });
    this.publishDialog = page.getByRole('dialog', { name: startsWith('Publish “') });
    this.checklist = this.publishDialog.getByRole('region', { name: 'Checklist' });
    this.errors = this.checklist.getByRole('list', { name: 'Fix before publishing' }).getByRole('listitem');
    this.warnings = this.checklist.getByRole('list', { name: 'Worth a look' }).getByRole('listitem');
    this.publishAnyway = this.checklist.getByRole('checkbox', { name: 'Publish anyway' });
    this.submitPublish = this.publishDialog.getByRole('button', { name: 'Publish', exact: true });
    this.outboxButton = page.getByRole('complementary', { name: 'Library' }).getByRole('button', { name: startsWith('Outbox') });
    this.outbox = page.getByRole('dialog', { name: 'Outbox', exact: true });
    this.jobs = this.outbox.getByRole('list', { name: 'Jobs' }).getByRole('listitem');
    this.publishedWhere = page.getByRole('list', { name: 'Published' }).getByRole('listitem');
  }

  /** Settings → Add folder → name and path → Add target; resolves once it is listed. */
  async addFolderTarget(name: string, folder: string): Promise<void> {
    await this.settingsButton.click();
    await expect(this.settings).toBeVisible();
    await this.settings.getByRole('button', { name: 'Add folder' }).click();
    await this.settings.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await this.settings.getByRole('textbox', { name: 'Folder (full path)' }).fill(folder);
    await this.settings.getByRole('button', { name: 'Add target' }).click();
    await expect(this.target(name)).toBeVisible();
  }

  /** A saved target in Settings, by name. */
  target(name: string): Locator {
    return this.targets.getByRole('listitem', { name, exact: true });
  }

  async closeSettings(): Promise<void> {
    await this.settings.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.settings).toBeHidden();
  }

  /** Opens Publish and waits for the checklist. */
  async openPublish(): Promise<void> {
    await this.publishButton.click();
    await expect(this.checklist).toBeVisible();
  }

  /** Chooses the target and status in the Publish dialog. */
  async choose(target: string, status: 'Draft' | 'Pending review' | 'Publish' | 'Scheduled' = 'Publish'): Promise<void> {
    await this.publishDialog.getByRole('combobox', { name: 'Target' }).selectOption({ label: target });
    await this.publishDialog.getByRole('radio', { name: status, exact: true }).check();
  }

  async closePublish(): Promise<void> {
    await this.publishDialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.publishDialog).toBeHidden();
  }

  /** A job of the Outbox, by the brief's headline. */
  job(headline: string): Locator {
    return this.jobs.filter({ has: this.page.getByText(headline, { exact: true }) });
  }

  async openOutbox(): Promise<void> {
    await this.outboxButton.click();
    await expect(this.outbox).toBeVisible();
  }
}
