import { expect, type Locator, type Page } from '@playwright/test';
import type { BriefStatus } from '../../../shared/model/brief';
import { startsWith } from '../support/starts-with';
import type { WebShell } from '../web-shell';

/** The header fields of a brief, as an analyst types them. */
export interface HeaderFields {
  section: string;
  headline: string;
  standfirst: string;
  byline: string;
  /** Comma-separated, as typed in the Tags box. */
  tags: string;
  status: BriefStatus;
}

/** Alt text, caption and credit of the hero image. */
export interface HeroFields {
  alt: string;
  caption: string;
  credit: string;
}

/** The toolbar's buttons, by accessible name. */
export type FormatButton =
  | 'Bold'
  | 'Italic'
  | 'Link'
  | 'Heading 2'
  | 'Heading 3'
  | 'Bullet list'
  | 'Numbered list'
  | 'Block quote'
  | 'Insert image'
  | 'Undo'
  | 'Redo';

/**
 * The one Briefdesk screen — library on the left, open brief on the right.
 * Every selector of the e2e suite lives here, by role and accessible name.
 */
export class BriefdeskPage {
  // Library
  readonly newBriefButton: Locator;
  readonly filterBox: Locator;
  readonly briefList: Locator;
  readonly trashToggle: Locator;
  readonly damagedFiles: Locator;

  // The open brief
  readonly duplicateButton: Locator;
  readonly deleteButton: Locator;
  readonly section: Locator;
  readonly headline: Locator;
  readonly standfirst: Locator;
  readonly byline: Locator;
  readonly tags: Locator;
  readonly savedTags: Locator;
  readonly status: Locator;
  readonly hero: Locator;
  readonly chooseHeroButton: Locator;
  readonly removeHeroButton: Locator;
  readonly heroError: Locator;
  readonly heroAlt: Locator;
  readonly heroCaption: Locator;
  readonly heroCredit: Locator;
  readonly toolbar: Locator;
  readonly body: Locator;
  readonly saveStatus: Locator;

  constructor(readonly page: Page) {
    this.newBriefButton = page.getByRole('button', { name: 'New brief', exact: true });
    this.filterBox = page.getByRole('searchbox', { name: 'Filter briefs' });
    this.briefList = page.getByRole('list', { name: 'Briefs', exact: true });
    this.trashToggle = page.getByRole('button', { name: 'Trash', exact: true });
    this.damagedFiles = page.getByRole('region', { name: 'Damaged files' });

    this.duplicateButton = page.getByRole('button', { name: 'Duplicate brief' });
    this.deleteButton = page.getByRole('button', { name: 'Delete brief' });
    this.section = page.getByRole('textbox', { name: 'Section', exact: true });
    this.headline = page.getByRole('textbox', { name: 'Headline', exact: true });
    this.standfirst = page.getByRole('textbox', { name: 'Standfirst', exact: true });
    this.byline = page.getByRole('textbox', { name: 'Byline', exact: true });
    this.tags = page.getByRole('textbox', { name: 'Tags', exact: true });
    this.savedTags = page.getByRole('list', { name: 'Tags as saved' });
    this.status = page.getByRole('combobox', { name: 'Status', exact: true });
    this.hero = page.getByRole('region', { name: 'Hero image', exact: true });
    this.chooseHeroButton = this.hero.getByRole('button', { name: 'Choose hero image' });
    this.removeHeroButton = this.hero.getByRole('button', { name: 'Remove hero image' });
    this.heroError = this.hero.getByRole('alert');
    this.heroAlt = page.getByRole('textbox', { name: 'Hero image alt text' });
    this.heroCaption = page.getByRole('textbox', { name: 'Hero image caption' });
    this.heroCredit = page.getByRole('textbox', { name: 'Hero image credit' });
    this.toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    this.body = page.getByRole('textbox', { name: 'Body', exact: true });
    this.saveStatus = page.getByRole('main', { name: 'Brief editor' }).getByRole('status');
  }

  /** Opens the shell's printed URL (it carries the token) and waits for the library to load. */
  async open(shell: WebShell): Promise<void> {
    await this.page.goto(shell.url);
    await this.waitForLibrary();
  }

  /** Reloads the page (the token now travels in the cookie) and waits for the library. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForLibrary();
  }

  async waitForLibrary(): Promise<void> {
    await expect(this.briefList).toHaveAttribute('aria-busy', 'false');
  }

  /** Everything typed so far is on disk. */
  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  // ── Library ────────────────────────────────────────────────────────────

  /** The library row of a brief: its accessible name starts with the headline. */
  briefItem(headline: string): Locator {
    return this.briefList.getByRole('listitem', { name: startsWith(`${headline} — `) });
  }

  get briefItems(): Locator {
    return this.briefList.getByRole('listitem');
  }

  /** New brief, then (optionally) a headline; resolves once it is saved. */
  async createBrief(headline = ''): Promise<void> {
    await this.newBriefButton.click();
    await expect(this.headline).toBeFocused();
    await expect(this.headline).toHaveValue('');
    if (headline !== '') await this.headline.fill(headline);
    await this.expectSaved();
  }

  /** Opens a brief from the library and waits for its headline in the editor. */
  async openBrief(headline: string): Promise<void> {
    await this.briefItem(headline).getByRole('button').click();
    await expect(this.headline).toHaveValue(headline);
  }

  async filter(text: string): Promise<void> {
    await this.filterBox.fill(text);
  }

  async showTrash(): Promise<void> {
    await this.trashToggle.click();
    await expect(this.trashToggle).toHaveAttribute('aria-pressed', 'true');
    await this.waitForLibrary();
  }

  async showBriefs(): Promise<void> {
    await this.trashToggle.click();
    await expect(this.trashToggle).toHaveAttribute('aria-pressed', 'false');
    await this.waitForLibrary();
  }

  /** In the Trash view: restores a brief. */
  async restoreBrief(headline: string): Promise<void> {
    await this.briefItem(headline).getByRole('button', { name: 'Restore brief' }).click();
  }

  /** In the Trash view: Delete forever, confirmed in its dialog. */
  async deleteForever(headline: string): Promise<void> {
    await this.briefItem(headline).getByRole('button', { name: 'Delete forever' }).click();
    const confirm = this.page.getByRole('alertdialog', { name: 'Delete this brief forever?' });
    await confirm.getByRole('button', { name: 'Delete forever' }).click();
    await expect(confirm).toBeHidden();
  }

  /** A row of the "Damaged files" group, by the brief id it names. */
  damagedItem(id: string): Locator {
    return this.damagedFiles.getByRole('listitem').filter({ hasText: id });
  }

  // ── The open brief ─────────────────────────────────────────────────────

  async fillHeader(fields: HeaderFields): Promise<void> {
    await this.section.fill(fields.section);
    await this.headline.fill(fields.headline);
    await this.standfirst.fill(fields.standfirst);
    await this.byline.fill(fields.byline);
    await this.tags.fill(fields.tags);
    await this.status.selectOption(fields.status);
  }

  /** Picks a file through the "Choose hero image" button's file chooser. */
  async chooseHeroImage(filePath: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.chooseHeroButton.click();
    await (await chooser).setFiles(filePath);
  }

  async fillHeroFields(fields: HeroFields): Promise<void> {
    await this.heroAlt.fill(fields.alt);
    await this.heroCaption.fill(fields.caption);
    await this.heroCredit.fill(fields.credit);
  }

  /** The hero preview, found by its alt text. */
  heroImage(alt: string): Locator {
    return this.hero.getByRole('img', { name: alt, exact: true });
  }

  /** The decoded width of an image (0 while it has not loaded or could not be decoded). */
  async naturalWidth(image: Locator): Promise<number> {
    return image.evaluate((element) => (element instanceof HTMLImageElement ? element.naturalWidth : 0));
  }

  formatButton(name: FormatButton): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /** Puts the cursor at the end of the body. */
  async focusBodyEnd(): Promise<void> {
    await this.body.click();
    await this.page.keyboard.press('Control+End');
  }

  /** Types into the body where the cursor is. */
  async typeInBody(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Selects the `count` characters before the cursor (Shift+ArrowLeft). */
  async selectCharactersBefore(count: number): Promise<void> {
    for (let typed = 0; typed < count; typed += 1) await this.page.keyboard.press('Shift+ArrowLeft');
  }

  /** Link button → "Add link" dialog → Apply: links the selection (or inserts the address). */
  async addLink(url: string): Promise<void> {
    await this.formatButton('Link').click();
    const dialog = this.page.getByRole('dialog', { name: 'Add link' });
    await dialog.getByRole('textbox', { name: 'Link URL' }).fill(url);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog).toBeHidden();
  }
}
