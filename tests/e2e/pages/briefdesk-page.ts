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
  | 'Insert key takeaways'
  | "Insert editor's desk"
  | 'Make key takeaways'
  | 'Insert image'
  | 'Undo'
  | 'Redo';

/** The title and sign-off fields of an Editor's Desk block. */
export interface DeskFields {
  title: string;
  deskName: string;
  series: string;
  publication: string;
}

/** A YAML double-quoted scalar (JSON's string syntax is valid YAML). */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

/**
 * The one Briefdesk screen — library on the left, open brief on the right.
 * Every selector of the e2e suite lives here, by role and accessible name.
 */
export class BriefdeskPage {
  // Library
  readonly newBriefButton: Locator;
  readonly filterBox: Locator;
  readonly trashSearch: Locator;
  readonly briefList: Locator;
  readonly trashToggle: Locator;
  readonly damagedFiles: Locator;

  // The open brief
  readonly moreActionsButton: Locator;
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

  // Blocks in the body
  readonly takeawaysBlocks: Locator;
  readonly deskBlocks: Locator;
  readonly slashMenu: Locator;
  readonly pastePrompt: Locator;

  // Desk blocks and templates
  readonly deskLibrary: Locator;
  readonly deskLibrarySearch: Locator;
  readonly deskLibraryBlocks: Locator;
  readonly chooseTemplateButton: Locator;

  constructor(readonly page: Page) {
    this.newBriefButton = page.getByRole('button', { name: 'New brief', exact: true });
    this.filterBox = page.getByRole('searchbox', { name: 'Filter briefs' });
    this.trashSearch = page.getByRole('searchbox', { name: 'Search the Trash' });
    this.briefList = page.getByRole('list', { name: 'Briefs', exact: true });
    this.trashToggle = page.getByRole('button', { name: 'Trash', exact: true });
    this.damagedFiles = page.getByRole('region', { name: 'Damaged files' });

    this.moreActionsButton = page.getByRole('main', { name: 'Brief editor' }).getByRole('button', { name: 'More actions', exact: true });
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

    this.takeawaysBlocks = this.body.getByRole('region', { name: 'Key takeaways', exact: true });
    this.deskBlocks = this.body.getByRole('region', { name: "Editor's Desk", exact: true });
    this.slashMenu = page.getByRole('listbox', { name: 'Insert block', exact: true });
    this.pastePrompt = page.getByRole('group', { name: 'Pasted numbered list', exact: true });

    this.deskLibrary = page.getByRole('dialog', { name: 'Desk blocks', exact: true });
    this.deskLibrarySearch = this.deskLibrary.getByRole('searchbox', { name: 'Search desk blocks' });
    this.deskLibraryBlocks = this.deskLibrary.getByRole('list', { name: 'Desk blocks' }).getByRole('listitem');
    this.chooseTemplateButton = page.getByRole('button', { name: 'Choose template', exact: true });
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

  /** The library's first list has come (whether the library is shown or hidden, as in focus mode). */
  async waitForLibrary(): Promise<void> {
    await expect(this.page.getByRole('list', { name: 'Briefs', exact: true, includeHidden: true })).toHaveAttribute('aria-busy', 'false');
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
    // A new brief is written by its first change: an untitled one is saved on purpose (Ctrl/Cmd+S).
    if (headline !== '') await this.headline.fill(headline);
    else await this.page.keyboard.press('ControlOrMeta+s');
    await this.expectSaved();
  }

  /** "More actions" on the brief's bar, then the item `name` ("Duplicate brief", "Delete brief", "Save as template…"…). */
  async briefAction(name: string): Promise<void> {
    await this.moreActionsButton.click();
    await this.page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem', { name, exact: true }).click();
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

  /** Types into the body where the cursor is (once the last change is on screen, see `pressInBody`). */
  async typeInBody(text: string): Promise<void> {
    await this.nextFrames();
    await this.page.keyboard.type(text);
  }

  /**
   * Presses keys in the body one after the other ('End', 'Alt+ArrowUp'),
   * each once the editor has drawn the previous change. Keys the browser
   * handles itself (arrows, Home/End) move the caret in the DOM; sent a few
   * milliseconds after an edit, while the blocks' React views are still
   * re-rendering, Chromium sometimes drops them. Nobody types that fast, so
   * waiting for the next frames is what a person does anyway.
   */
  async pressInBody(...keys: string[]): Promise<void> {
    for (const key of keys) {
      await this.nextFrames();
      await this.page.keyboard.press(key);
    }
  }

  /** Resolves after two animation frames: pending renders are on screen. */
  async nextFrames(): Promise<void> {
    await this.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
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

  // ── Blocks in the body ─────────────────────────────────────────────────

  /**
   * Presses Tab (from wherever the focus is) until the body has it, the way a
   * keyboard user gets there; the cursor lands at the start of the body.
   */
  async tabIntoBody(maxPresses = 60): Promise<void> {
    for (let pressed = 0; pressed < maxPresses; pressed += 1) {
      if (await this.body.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(this.body).toBeFocused();
  }

  /** Puts the cursor at the end of the body without a click (focus, then Control+End). */
  async moveCursorToBodyEnd(): Promise<void> {
    await this.body.focus();
    await this.page.keyboard.press('Control+End');
  }

  /** The items of a Key Takeaways block (the rows with a "Move takeaway N" handle, not the advice's lines). */
  takeawayItems(block: Locator): Locator {
    return block.getByRole('listitem').filter({ has: this.page.getByRole('button', { name: /^Move takeaway \d+$/ }) });
  }

  /** The handle of item `number` (1-based) of a block. */
  takeawayHandle(block: Locator, number: number): Locator {
    return block.getByRole('button', { name: `Move takeaway ${number}`, exact: true });
  }

  /** The house-rule note of a Key Takeaways block ("usually has 3–7 items"). */
  takeawaysAdvice(block: Locator): Locator {
    return block.getByRole('note', { name: 'Suggestions for Key Takeaways' });
  }

  /**
   * The block's numbered list holds exactly these items, in this order, as a
   * screen reader hears them: each row is its handle "Move takeaway N" and
   * its text (the big number is decoration).
   */
  async expectTakeaways(block: Locator, texts: readonly string[]): Promise<void> {
    const items = texts.map((text, index) => {
      const handle = `      - button ${yamlString(`Move takeaway ${index + 1}`)}`;
      const line = text === '' ? '' : `\n      - text: ${yamlString(text)}`;
      return `    - listitem:\n${handle}${line}`;
    });
    await expect(block).toMatchAriaSnapshot(['- region:', '  - list:', '    - /children: equal', ...items].join('\n'));
  }

  /** An option of the slash menu ("Key takeaways", "Editor's desk"). */
  slashOption(name: string): Locator {
    return this.slashMenu.getByRole('option', { name, exact: true });
  }

  /** "Make key takeaways" in the prompt after a numbered list was pasted (not the toolbar's button). */
  get makeTakeawaysFromPaste(): Locator {
    return this.pastePrompt.getByRole('button', { name: 'Make key takeaways', exact: true });
  }

  /** "Keep as a numbered list" in the prompt after a paste. */
  get keepPastedList(): Locator {
    return this.pastePrompt.getByRole('button', { name: 'Keep as a numbered list', exact: true });
  }

  /**
   * Pastes HTML where the cursor is, as if it came from another app: a paste
   * event whose clipboard holds `text/html` (and a plain-text version) is
   * dispatched on the body.
   */
  async pasteHtml(html: string, plainText: string): Promise<void> {
    await this.body.evaluate(
      (element, data) => {
        const clipboard = new DataTransfer();
        clipboard.setData('text/html', data.html);
        clipboard.setData('text/plain', data.plainText);
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
      },
      { html, plainText },
    );
  }

  deskTitle(desk: Locator): Locator {
    return desk.getByRole('textbox', { name: 'Desk title', exact: true });
  }

  deskName(desk: Locator): Locator {
    return desk.getByRole('textbox', { name: 'Desk name', exact: true });
  }

  deskSeries(desk: Locator): Locator {
    return desk.getByRole('textbox', { name: 'Series', exact: true });
  }

  deskPublication(desk: Locator): Locator {
    return desk.getByRole('textbox', { name: 'Publication', exact: true });
  }

  async fillDesk(desk: Locator, fields: DeskFields): Promise<void> {
    await this.deskTitle(desk).fill(fields.title);
    await this.deskName(desk).fill(fields.deskName);
    await this.deskSeries(desk).fill(fields.series);
    await this.deskPublication(desk).fill(fields.publication);
  }

  async expectDesk(desk: Locator, fields: DeskFields): Promise<void> {
    await expect(this.deskTitle(desk)).toHaveValue(fields.title);
    await expect(this.deskName(desk)).toHaveValue(fields.deskName);
    await expect(this.deskSeries(desk)).toHaveValue(fields.series);
    await expect(this.deskPublication(desk)).toHaveValue(fields.publication);
  }

  // ── Desk blocks ────────────────────────────────────────────────────────

  /** A button in an Editor's Desk block's header ("Save as desk block", "Edit original", "Detach", "Remove block"). */
  deskButton(desk: Locator, name: 'Save as desk block' | 'Edit original' | 'Detach' | 'Remove block'): Locator {
    return desk.getByRole('button', { name, exact: true });
  }

  /** The desk's text (the body of the block, between the title and the sign-off). */
  async expectDeskText(desk: Locator, text: string): Promise<void> {
    await expect(desk).toMatchAriaSnapshot(`- region:\n  - paragraph: ${yamlString(text)}`);
  }

  /**
   * A desk synced to the desk library: the "Synced" pill in its header (plain
   * text to assistive tech), "Edit original" and "Detach", fields read-only.
   */
  async expectSyncedDesk(desk: Locator): Promise<void> {
    await expect(desk).toMatchAriaSnapshot('- region:\n  - text: /\\bSynced$/');
    await expect(this.deskButton(desk, 'Edit original')).toBeEnabled();
    await expect(this.deskButton(desk, 'Detach')).toBeVisible();
    await expect(this.deskTitle(desk)).not.toBeEditable();
    await expect(this.deskButton(desk, 'Save as desk block')).toHaveCount(0);
  }

  /** A desk of the brief's own: editable, with "Save as desk block", nothing synced about it. */
  async expectOwnDesk(desk: Locator): Promise<void> {
    await expect(this.deskButton(desk, 'Save as desk block')).toBeVisible();
    await expect(this.deskButton(desk, 'Edit original')).toHaveCount(0);
    await expect(this.deskButton(desk, 'Detach')).toHaveCount(0);
    await expect(this.deskTitle(desk)).toBeEditable();
    await expect(desk).not.toContainText('Synced');
    await expect(desk).not.toContainText('Not in Desk blocks');
  }

  /** "Save as desk block" on a desk, under `name`; the desk is synced to the new block after. */
  async saveDeskToLibrary(desk: Locator, name: string): Promise<void> {
    await this.deskButton(desk, 'Save as desk block').click();
    const dialog = this.page.getByRole('dialog', { name: 'Save as desk block', exact: true });
    await dialog.getByRole('textbox', { name: 'Block name' }).fill(name);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** The brief's More actions → "Insert desk block…": the Desk blocks dialog. */
  async openDeskLibrary(): Promise<void> {
    await this.briefAction('Insert desk block…');
    await expect(this.deskLibrary).toBeVisible();
  }

  async closeDeskLibrary(): Promise<void> {
    await this.deskLibrary.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.deskLibrary).toBeHidden();
  }

  /** A block's row in the open "Desk blocks" dialog, by its name. */
  deskLibraryBlock(name: string): Locator {
    return this.deskLibrary.getByRole('listitem', { name, exact: true });
  }

  /** Desk blocks → the block's "Insert synced" or "Insert copy": it goes where the cursor is. */
  async insertFromDeskLibrary(name: string, mode: 'synced' | 'copy'): Promise<void> {
    await this.openDeskLibrary();
    await this.deskLibraryBlock(name)
      .getByRole('button', { name: mode === 'synced' ? 'Insert synced' : 'Insert copy', exact: true })
      .click();
    await expect(this.deskLibrary).toBeHidden();
  }

  /** "Edit original" on a synced desk: changes the library block (title, text) with "Save original". */
  async editOriginal(desk: Locator, changes: { title?: string; text?: string }): Promise<void> {
    await this.deskButton(desk, 'Edit original').click();
    const dialog = this.page.getByRole('dialog', { name: startsWith('Edit original: ') });
    await expect(dialog).toBeVisible();
    if (changes.title !== undefined) await dialog.getByRole('textbox', { name: 'Desk title', exact: true }).fill(changes.title);
    if (changes.text !== undefined) await dialog.getByRole('textbox', { name: 'Desk text', exact: true }).fill(changes.text);
    await dialog.getByRole('button', { name: 'Save original', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** The in-place confirmation of deleting a library block ("Delete “name”?"). */
  deskBlockDeleteConfirmation(name: string): Locator {
    return this.deskLibraryBlock(name).getByRole('group', { name: `Delete “${name}”?`, exact: true });
  }

  /** In the open desk library: Delete, then "Delete block" in the confirmation. */
  async deleteDeskBlock(name: string, check?: (confirmation: Locator) => Promise<void>): Promise<void> {
    await this.deskLibraryBlock(name).getByRole('button', { name: 'Delete', exact: true }).click();
    const confirmation = this.deskBlockDeleteConfirmation(name);
    await expect(confirmation).toBeVisible();
    if (check) await check(confirmation);
    await confirmation.getByRole('button', { name: 'Delete block', exact: true }).click();
    await expect(this.deskLibraryBlock(name)).toHaveCount(0);
  }

  // ── Templates ──────────────────────────────────────────────────────────

  /** "Save as template…" in the brief's More actions, under `name`. */
  async saveAsTemplate(name: string): Promise<void> {
    await this.briefAction('Save as template…');
    const dialog = this.page.getByRole('dialog', { name: 'Save as template', exact: true });
    await dialog.getByRole('textbox', { name: 'Template name' }).fill(name);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /**
   * "Choose template" beside New brief → pick `name` in "Template" → Create → Ctrl/Cmd+S (a new brief is
   * otherwise written by its first change); resolves once it is saved.
   */
  async createBriefFromTemplate(name: string): Promise<void> {
    await this.chooseTemplateButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'New brief from template', exact: true });
    const chooser = dialog.getByRole('combobox', { name: 'Template', exact: true });
    await expect(chooser.getByRole('option', { name, exact: true })).toBeAttached();
    await chooser.selectOption({ label: name });
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.headline).toHaveValue('');
    await expect(this.saveStatus).toHaveText('Not saved yet');
    await this.page.keyboard.press('ControlOrMeta+s');
    await this.expectSaved();
  }
}
