import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { PmNodeJson } from '../../shared/model/brief';
import { test, expect } from './fixtures';
import { PublishPage } from './pages/publish-page';
import { BriefdeskApi } from './support/briefdesk-api';
import { paragraphNode } from './support/body-nodes';

const HEADLINE = 'Ferry operators trim winter timetables';
const FIRST_STANDFIRST = 'Two island routes lose their late sailings from November.';
const SECOND_STANDFIRST = 'Two island routes lose their late sailings from December.';

/** A Key Takeaways block with these points. */
function takeawaysNode(...points: string[]): PmNodeJson {
  return { type: 'keyTakeaways', content: points.map((text) => ({ type: 'takeaway', content: [{ type: 'text', text }] })) };
}

/** The pages of a static-site folder: `<slug>/index.html` files, as paths relative to it. */
async function sitePages(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const pages: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name === 'assets') continue;
    const names = await readdir(path.join(folder, entry.name));
    if (names.includes('index.html')) pages.push(`${entry.name}/index.html`);
  }
  return pages.sort();
}

/** No axe violations in the open dialog, in light and dark; a screenshot of each is kept with the test's results. */
async function expectAccessibleDialog(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: test.info().outputPath(`${name}-${colorScheme}.png`), animations: 'disabled' });
    const audit = await new AxeBuilder({ page }).include('dialog').analyze();
    const found = audit.violations.map(
      (violation) => `${colorScheme}: ${violation.id} — ${violation.nodes.map((node) => node.failureSummary ?? '').join('; ')}`,
    );
    expect(found).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('Publishing', () => {
  let site: string;
  test.beforeEach(async () => {
    site = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-e2e-site-'));
  });
  test.afterEach(async () => {
    await rm(site, { recursive: true, force: true });
  });

  test('a folder target in Settings, the checklist, Publish, "changed since publishing", and a republish that replaces the page', async ({
    shell,
    briefdesk,
    page,
    request,
  }) => {
    const publish = new PublishPage(page);
    const api = new BriefdeskApi(request, shell);
    await api.createBrief({
      headline: HEADLINE,
      body: {
        type: 'doc',
        content: [
          takeawaysNode('Late sailings end on two routes.', 'Freight keeps its night slot.'),
          paragraphNode('The operator cites fuel costs.'),
        ],
      },
    });
    await briefdesk.open(shell);
    await briefdesk.openBrief(HEADLINE);

    // Settings → Add folder, tested before it is added.
    await publish.settingsButton.click();
    await publish.settings.getByRole('button', { name: 'Add folder' }).click();
    await publish.settings.getByRole('textbox', { name: 'Name', exact: true }).fill('Team site');
    await publish.settings.getByRole('textbox', { name: 'Folder (full path)' }).fill(site);
    await publish.settings.getByRole('button', { name: 'Test connection' }).click();
    await expect(publish.settings.getByRole('status')).toContainText('can be written');
    await publish.settings.getByRole('button', { name: 'Add target' }).click();
    await expect(publish.target('Team site')).toContainText(site);
    await expectAccessibleDialog(page, 'settings');
    await publish.closeSettings();

    // No standfirst: an error, Publish disabled.
    await publish.openPublish();
    await expect(publish.errors.filter({ hasText: 'no standfirst' })).toHaveCount(1);
    await expect(publish.submitPublish).toBeDisabled();
    await publish.publishDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(publish.publishDialog).toBeHidden();

    // With a standfirst: only the warning about two takeaways, to acknowledge.
    await briefdesk.standfirst.fill(FIRST_STANDFIRST);
    await briefdesk.expectSaved();
    await publish.openPublish();
    await expect(publish.errors).toHaveCount(0);
    await expect(publish.warnings).toHaveText([/Key Takeaways has 2 points/]);
    await publish.choose('Team site', 'Scheduled');
    await expect(publish.publishDialog.getByLabel('Publish on (date and time)')).toBeVisible();
    await publish.choose('Team site', 'Publish');
    await expect(publish.publishDialog.getByLabel('Publish on (date and time)')).toBeHidden();
    await expect(publish.submitPublish).toBeDisabled();
    await publish.publishAnyway.check();
    await expect(publish.submitPublish).toBeEnabled();
    await expectAccessibleDialog(page, 'publish-form');
    await publish.submitPublish.click();
    await expect(publish.publishDialog.getByRole('status')).toContainText('Published to Team site');
    await expect(publish.publishDialog.getByRole('button', { name: 'Close', exact: true })).toBeFocused();
    await expectAccessibleDialog(page, 'published');
    await publish.closePublish();

    // The page is in the folder; the brief says where it is published.
    const pages = await sitePages(site);
    expect(pages).toHaveLength(1);
    const pagePath = path.join(site, pages[0] ?? '');
    expect(await readFile(pagePath, 'utf8')).toContain(FIRST_STANDFIRST);
    await expect(publish.publishedWhere).toHaveCount(1);
    await expect(publish.publishedWhere).toContainText('Published to Team site');
    await expect(publish.publishedWhere).not.toContainText('changed since publishing');

    // An edit: "changed since publishing".
    await briefdesk.standfirst.fill(SECOND_STANDFIRST);
    await briefdesk.expectSaved();
    await expect(publish.publishedWhere).toContainText('changed since publishing');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: test.info().outputPath('changed-dark.png'), animations: 'disabled' });
    await page.emulateMedia({ colorScheme: 'light' });

    // Publish again (by keyboard): the same page is replaced.
    await page.keyboard.press('Control+Alt+KeyP');
    await expect(publish.checklist).toBeVisible();
    await publish.choose('Team site', 'Publish');
    await publish.publishAnyway.check();
    await publish.submitPublish.click();
    await expect(publish.publishDialog.getByRole('status')).toContainText('Published to Team site');
    await publish.closePublish();
    expect(await sitePages(site)).toEqual(pages);
    const republished = await readFile(pagePath, 'utf8');
    expect(republished).toContain(SECOND_STANDFIRST);
    expect(republished).not.toContain(FIRST_STANDFIRST);
    await expect(publish.publishedWhere).not.toContainText('changed since publishing');
  });

  test('Unpublish from a folder: asked first, the page leaves the folder, its index and feed, and the brief no longer says it is published', async ({
    shell,
    briefdesk,
    page,
    request,
  }) => {
    const publish = new PublishPage(page);
    const api = new BriefdeskApi(request, shell);
    const OTHER = 'Harbour cranes return after the refit';
    const body = {
      type: 'doc' as const,
      content: [takeawaysNode('One.', 'Two.', 'Three.'), paragraphNode('The operator cites fuel costs.')],
    };
    const brief = await api.createBrief({ headline: HEADLINE, standfirst: FIRST_STANDFIRST, body });
    const other = await api.createBrief({ headline: OTHER, standfirst: 'The east quay works again from Monday.', body });
    const target = await api.call('saveTarget', { name: 'Team site', kind: 'folder', folder: site });
    for (const id of [brief.id, other.id]) {
      const outcome = await api.call('publishBrief', { id, targetId: target.id, status: 'publish', acknowledgeWarnings: false });
      expect(outcome.state).toBe('published');
    }
    const pages = await sitePages(site);
    expect(pages).toHaveLength(2);
    const pageOf = async (headline: string): Promise<string> => {
      for (const candidate of pages) if ((await readFile(path.join(site, candidate), 'utf8')).includes(headline)) return candidate;
      throw new Error(`no page holds ${headline}`);
    };
    const unpublished = await pageOf(HEADLINE);
    const kept = await pageOf(OTHER);
    const slug = path.dirname(unpublished);
    expect(await readFile(path.join(site, 'index.html'), 'utf8')).toContain(HEADLINE);
    expect(await readFile(path.join(site, 'feed.xml'), 'utf8')).toContain(HEADLINE);

    await briefdesk.open(shell);
    await briefdesk.openBrief(HEADLINE);
    await expect(publish.publishedWhere).toContainText('Published to Team site');
    const unpublish = publish.publishedWhere.getByRole('button', { name: 'Unpublish from Team site' });

    // Asked first: Cancel leaves everything as it was.
    await unpublish.click();
    const confirm = page.getByRole('alertdialog', { name: 'Unpublish from “Team site”?' });
    await expect(confirm).toContainText('The brief stays in your library');
    await expect(confirm.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
    await expectAccessibleDialog(page, 'unpublish-confirm');
    await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(confirm).toBeHidden();
    expect(await sitePages(site)).toEqual(pages);

    await unpublish.click();
    await confirm.getByRole('button', { name: 'Unpublish', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(publish.publishedWhere).toHaveCount(0);
    expect(await sitePages(site)).toEqual([kept]);
    const index = await readFile(path.join(site, 'index.html'), 'utf8');
    const feed = await readFile(path.join(site, 'feed.xml'), 'utf8');
    expect(index).toContain(OTHER);
    expect(index).not.toContain(HEADLINE);
    expect(index).not.toContain(`${slug}/`);
    expect(feed).toContain(OTHER);
    expect(feed).not.toContain(HEADLINE);
    expect(feed).not.toContain(`${slug}/`);
    expect((await api.call('listPublications', { id: brief.id })).publications).toEqual([]);

    // The other brief is still published there.
    await briefdesk.openBrief(OTHER);
    await expect(publish.publishedWhere).toContainText('Published to Team site');
  });

  test('the Outbox: a folder that cannot be written shows its error, Retry now once fixed publishes, Cancel removes a job', async ({
    shell,
    briefdesk,
    page,
    request,
  }) => {
    const publish = new PublishPage(page);
    const api = new BriefdeskApi(request, shell);
    await api.createBrief({
      headline: HEADLINE,
      standfirst: FIRST_STANDFIRST,
      body: { type: 'doc', content: [takeawaysNode('One.', 'Two.', 'Three.'), paragraphNode('The operator cites fuel costs.')] },
    });
    // A file where the site's folder should be.
    const folder = path.join(site, 'public');
    await writeFile(folder, 'not a folder');
    await briefdesk.open(shell);
    await briefdesk.openBrief(HEADLINE);
    await publish.addFolderTarget('Blocked site', folder);
    await publish.closeSettings();

    await publish.openPublish();
    await expect(publish.checklist).toContainText('Everything checks out.');
    await publish.choose('Blocked site', 'Publish');
    await publish.submitPublish.click();
    await expect(publish.publishDialog.getByRole('button', { name: 'Open the Outbox' })).toBeVisible();
    await publish.closePublish();
    await expect(publish.outboxButton).toHaveAccessibleName('Outbox, 1 waiting');
    await publish.openOutbox();

    const job = publish.job(HEADLINE);
    await expect(job).toHaveCount(1);
    await expect(job).toContainText('To Blocked site');
    await expect(job).toContainText('Last error:');
    await expect(job).toContainText(/attempt/);
    await expectAccessibleDialog(page, 'outbox');

    // Fixed: the file becomes a folder; Retry now publishes.
    await rm(folder);
    await mkdir(folder);
    await job.getByRole('button', { name: `Retry now: ${HEADLINE}` }).click();
    await expect(publish.outbox.getByRole('status')).toContainText('Published to Blocked site');
    await expect(publish.jobs).toHaveCount(0);
    await expect(publish.outbox.getByText('Nothing is waiting to be published.')).toBeVisible();
    expect(await sitePages(folder)).toHaveLength(1);
    await publish.outbox.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(publish.outboxButton).toHaveAccessibleName('Outbox');
    await expect(publish.publishedWhere).toContainText('Published to Blocked site');

    // Broken again: the new job is cancelled, nothing is sent.
    await rm(folder, { recursive: true });
    await writeFile(folder, 'not a folder');
    await briefdesk.standfirst.fill(SECOND_STANDFIRST);
    await briefdesk.expectSaved();
    await publish.openPublish();
    await publish.choose('Blocked site', 'Publish');
    await publish.submitPublish.click();
    await publish.publishDialog.getByRole('button', { name: 'Open the Outbox' }).click();
    await expect(publish.job(HEADLINE)).toHaveCount(1);
    await publish
      .job(HEADLINE)
      .getByRole('button', { name: `Cancel: ${HEADLINE}` })
      .click();
    await expect(publish.outbox.getByRole('status')).toContainText('nothing was sent');
    await expect(publish.jobs).toHaveCount(0);
    await publish.outbox.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(publish.outboxButton).toHaveAccessibleName('Outbox');
    expect(await readFile(folder, 'utf8')).toBe('not a folder');
  });

  test('a WordPress site that cannot be reached: "Will publish when the site can be reached", the Outbox lists the job with its error, and going online tries it again', async ({
    launchShell,
    briefdesk,
    page,
    request,
  }) => {
    const publish = new PublishPage(page);
    // The shell keeps its password key in this test's folder, not in the home folder.
    const before = process.env.BRIEFDESK_KEY_FILE;
    process.env.BRIEFDESK_KEY_FILE = path.join(site, 'keys', 'publishing.key');
    const shell = await launchShell().finally(() => {
      if (before === undefined) delete process.env.BRIEFDESK_KEY_FILE;
      else process.env.BRIEFDESK_KEY_FILE = before;
    });
    const api = new BriefdeskApi(request, shell);
    await api.createBrief({
      headline: HEADLINE,
      standfirst: FIRST_STANDFIRST,
      body: { type: 'doc', content: [takeawaysNode('One.', 'Two.', 'Three.'), paragraphNode('The operator cites fuel costs.')] },
    });
    // Nothing listens on the discard port: the site cannot be reached.
    await api.call('saveTarget', {
      name: 'Harbour Desk',
      kind: 'wordpress',
      url: 'http://127.0.0.1:9',
      username: 'editor',
      applicationPassword: 'abcd efgh ijkl mnop qrst uvwx',
    });
    await briefdesk.open(shell);
    await briefdesk.openBrief(HEADLINE);

    await publish.openPublish();
    await expect(publish.checklist).toContainText('Everything checks out.');
    await publish.choose('Harbour Desk', 'Draft');
    await publish.submitPublish.click();
    const result = publish.publishDialog.getByRole('status');
    await expect(result).toContainText('Will publish when the site can be reached.');
    await expect(publish.publishDialog.getByRole('button', { name: 'Close', exact: true })).toBeFocused();
    await expectAccessibleDialog(page, 'queued');
    await publish.publishDialog.getByRole('button', { name: 'Open the Outbox' }).click();
    await expect(publish.publishDialog).toBeHidden();
    await expect(publish.outbox).toBeVisible();

    const job = publish.job(HEADLINE);
    await expect(job).toHaveCount(1);
    await expect(job).toContainText('To Harbour Desk');
    await expect(job).toContainText('Waiting to retry');
    await expect(job).toContainText('1 attempt');
    await expect(job).toContainText(/Last error: Cannot reach 127\.0\.0\.1:9/);
    await expect(job).toContainText('Next try');

    // The window goes offline and online again: the outbox is tried at once (still unreachable).
    await page.context().setOffline(true);
    await page.context().setOffline(false);
    await expect(job).toContainText('2 attempts');
    await expect(job).toContainText(/Last error: Cannot reach 127\.0\.0\.1:9/);
    await publish.outbox.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(publish.outboxButton).toHaveAccessibleName('Outbox, 1 waiting');
    // Not published anywhere: the brief shows no published-where line.
    await expect(publish.publishedWhere).toHaveCount(0);
  });

  test('a WordPress site in Settings: Test connection in plain words, the password never shown back, Edit, Delete after a confirmation', async ({
    launchShell,
    briefdesk,
    page,
  }) => {
    const publish = new PublishPage(page);
    // The shell keeps its password key in this test's folder, not in the home folder.
    const before = process.env.BRIEFDESK_KEY_FILE;
    process.env.BRIEFDESK_KEY_FILE = path.join(site, 'keys', 'publishing.key');
    const shell = await launchShell().finally(() => {
      if (before === undefined) delete process.env.BRIEFDESK_KEY_FILE;
      else process.env.BRIEFDESK_KEY_FILE = before;
    });
    await briefdesk.open(shell);
    await publish.settingsButton.click();
    await publish.settings.getByRole('button', { name: 'Add WordPress site' }).click();
    const form = publish.settings.getByRole('form', { name: 'Add WordPress site' });
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Harbour Desk');
    // Nothing listens on the discard port: the site cannot be reached.
    await form.getByRole('textbox', { name: 'Site address' }).fill('http://127.0.0.1:9');
    await form.getByRole('textbox', { name: 'User name' }).fill('editor');
    const password = form.getByLabel('Application password');
    await expect(password).toHaveAttribute('type', 'password');
    await password.fill('abcd efgh ijkl mnop qrst uvwx');
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expect(form.getByRole('alert')).toContainText('The site could not be reached.');
    await expectAccessibleDialog(page, 'wordpress-form');
    await form.getByRole('button', { name: 'Add target' }).click();
    await expect(publish.target('Harbour Desk')).toContainText('WordPress · http://127.0.0.1:9');

    // Edit: the stored password is not shown back.
    await publish.target('Harbour Desk').getByRole('button', { name: 'Edit Harbour Desk' }).click();
    const edit = publish.settings.getByRole('form', { name: 'Edit WordPress site' });
    await expect(edit.getByLabel('Application password')).toHaveValue('');
    await expect(edit.getByLabel('Application password')).toHaveAccessibleDescription('Saved — enter a new one to replace it.');
    await edit.getByRole('textbox', { name: 'Name', exact: true }).fill('Harbour Desk news');
    await edit.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(publish.target('Harbour Desk news')).toBeVisible();

    // Delete, confirmed in place.
    await publish.target('Harbour Desk news').getByRole('button', { name: 'Delete Harbour Desk news' }).click();
    const confirm = publish.settings.getByRole('group', { name: 'Delete “Harbour Desk news”?' });
    await expect(confirm).toContainText('stored password is deleted too');
    await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(publish.target('Harbour Desk news')).toBeVisible();
    await publish.target('Harbour Desk news').getByRole('button', { name: 'Delete Harbour Desk news' }).click();
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(publish.settings.getByText('No publishing targets yet.')).toBeVisible();

    // Publish with no target: the dialog says where to add one.
    await publish.closeSettings();
    await briefdesk.createBrief('Lighthouse keepers return to the north coast');
    await publish.openPublish();
    await expect(publish.publishDialog.getByText('There is nowhere to publish yet.', { exact: false })).toBeVisible();
    await expect(publish.submitPublish).toBeDisabled();
    await publish.publishDialog.getByRole('button', { name: 'Open Settings' }).click();
    await expect(publish.settings).toBeVisible();
  });
});
