import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures';
import type { DeskFields } from './pages/briefdesk-page';
import { BriefdeskApi } from './support/briefdesk-api';
import { deskNode, nodeText, paragraphNode, storedTakeaways, topLevelBlocks } from './support/body-nodes';
import { findBriefFile, type BriefFile } from './support/library-files';

const GULF: DeskFields = {
  title: 'Gulf outlook',
  deskName: 'Gulf Desk',
  series: 'Strategic Insight',
  publication: 'Briefdesk Weekly',
};
const GULF_TEXT = 'The pact depends on Hormuz staying calm.';
const BLOCK = 'Gulf outlook desk';

const REVISED_TITLE = 'Gulf outlook, revised';
const REVISED_TEXT = 'Revised: the pact stalls over guarantees.';

/** The stored desks of a brief file, in order. */
function storedDesks(file: BriefFile | undefined) {
  return topLevelBlocks(file?.brief.body ?? { type: 'doc' }, 'editorsDesk');
}

/** The desk library as stored in the library folder. */
async function readDeskLibraryFile(dataDir: string): Promise<string> {
  return readFile(path.join(dataDir, 'desk-library.json'), 'utf8');
}

test.describe('the desk library and templates', () => {
  test('a desk saved to the desk library and inserted synced elsewhere follows "Edit original" in both briefs, after a reload and a restart', async ({
    shell,
    launchShell,
    dataDir,
    briefdesk,
  }) => {
    const briefA = 'A: Gulf energy pact';
    const briefB = 'B: Hormuz shipping';
    const deskA = briefdesk.deskBlocks.first();
    const deskB = briefdesk.deskBlocks.nth(1); // after B's own template desk

    await test.step('in A, write the template’s desk and "Save as desk block"', async () => {
      await briefdesk.open(shell);
      await briefdesk.createBrief(briefA);
      await briefdesk.deskTitle(deskA).fill(GULF.title);
      await briefdesk.deskTitle(deskA).press('Enter'); // on to the desk's text
      await briefdesk.typeInBody(GULF_TEXT);
      await briefdesk.deskName(deskA).fill(GULF.deskName);
      await briefdesk.deskSeries(deskA).fill(GULF.series);
      await briefdesk.deskPublication(deskA).fill(GULF.publication);
      await briefdesk.saveDeskToLibrary(deskA, BLOCK);
      await briefdesk.expectSyncedDesk(deskA);
      await briefdesk.expectSaved();
    });

    await test.step('in B, Desk blocks → "Insert synced"', async () => {
      await briefdesk.createBrief(briefB);
      await briefdesk.moveCursorToBodyEnd();
      await briefdesk.insertFromDeskLibrary(BLOCK, 'synced');
      await expect(briefdesk.deskBlocks).toHaveCount(2);
      await briefdesk.expectSyncedDesk(deskB);
      await briefdesk.expectDesk(deskB, GULF);
      await briefdesk.expectDeskText(deskB, GULF_TEXT);
    });

    await test.step('"Edit original" in B changes the title and text', async () => {
      await briefdesk.editOriginal(deskB, { title: REVISED_TITLE, text: REVISED_TEXT });
      await briefdesk.expectDesk(deskB, { ...GULF, title: REVISED_TITLE });
      await briefdesk.expectDeskText(deskB, REVISED_TEXT);
      await briefdesk.expectSaved();
      await briefdesk.openBrief(briefA);
      await briefdesk.expectDesk(deskA, { ...GULF, title: REVISED_TITLE });
      await briefdesk.expectDeskText(deskA, REVISED_TEXT);
      await briefdesk.expectSaved();
    });

    await test.step('both briefs show the edit after a reload', async () => {
      await briefdesk.reload();
      for (const [headline, desk] of [
        [briefA, deskA],
        [briefB, deskB],
      ] as const) {
        await briefdesk.openBrief(headline);
        await briefdesk.expectSyncedDesk(desk);
        await briefdesk.expectDesk(desk, { ...GULF, title: REVISED_TITLE });
        await briefdesk.expectDeskText(desk, REVISED_TEXT);
      }
    });

    await test.step('and after a server restart; the library and both files hold it', async () => {
      expect(await shell.stop()).toBe(0);
      await briefdesk.open(await launchShell());
      for (const [headline, desk] of [
        [briefA, deskA],
        [briefB, deskB],
      ] as const) {
        await briefdesk.openBrief(headline);
        await briefdesk.expectSyncedDesk(desk);
        await briefdesk.expectDesk(desk, { ...GULF, title: REVISED_TITLE });
        await briefdesk.expectDeskText(desk, REVISED_TEXT);
      }
      const library = await readDeskLibraryFile(dataDir);
      expect(library).toContain(REVISED_TEXT);
      expect(library).not.toContain(GULF_TEXT);
      const [deskInA] = storedDesks(await findBriefFile(dataDir, briefA));
      const deskInB = storedDesks(await findBriefFile(dataDir, briefB))[1];
      expect(deskInA?.attrs?.libraryRef).toEqual(expect.any(String));
      expect(deskInB?.attrs?.libraryRef).toBe(deskInA?.attrs?.libraryRef);
      for (const desk of [deskInA, deskInB]) {
        expect(desk?.attrs?.title).toBe(REVISED_TITLE);
        expect(nodeText(desk ?? { type: 'editorsDesk' })).toBe(REVISED_TEXT);
      }
    });
  });

  test('"Detach" makes B’s desk its own: editing it leaves A and the library block as they were', async ({
    shell,
    dataDir,
    request,
    briefdesk,
  }) => {
    const api = new BriefdeskApi(request, shell);
    const block = await api.call('saveDeskBlock', { name: BLOCK, ...GULF, content: [paragraphNode(GULF_TEXT)] });
    const synced = deskNode({ ...GULF, text: GULF_TEXT }, block.id);
    await api.createBrief({ headline: 'A: Gulf energy pact', body: { type: 'doc', content: [synced, paragraphNode()] } });
    await api.createBrief({ headline: 'B: Hormuz shipping', body: { type: 'doc', content: [synced, paragraphNode()] } });
    const desk = briefdesk.deskBlocks.first();

    await briefdesk.open(shell);
    await briefdesk.openBrief('B: Hormuz shipping');
    await briefdesk.expectSyncedDesk(desk);
    await briefdesk.deskButton(desk, 'Detach').click();
    await briefdesk.expectOwnDesk(desk);
    await briefdesk.expectDesk(desk, GULF);
    await briefdesk.expectDeskText(desk, GULF_TEXT);

    await briefdesk.deskTitle(desk).fill('Hormuz: our own view');
    await briefdesk.deskTitle(desk).press('Enter'); // the cursor goes to the start of the desk's text
    await briefdesk.typeInBody('B adds: ');
    await briefdesk.expectDeskText(desk, `B adds: ${GULF_TEXT}`);
    await briefdesk.expectSaved();

    await briefdesk.openBrief('A: Gulf energy pact');
    await briefdesk.expectSyncedDesk(desk);
    await briefdesk.expectDesk(desk, GULF);
    await briefdesk.expectDeskText(desk, GULF_TEXT);
    await briefdesk.reload();
    await briefdesk.openBrief('A: Gulf energy pact');
    await briefdesk.expectDesk(desk, GULF);
    await briefdesk.expectDeskText(desk, GULF_TEXT);

    const [inB] = storedDesks(await findBriefFile(dataDir, 'B: Hormuz shipping'));
    expect(inB?.attrs).toEqual({ ...GULF, title: 'Hormuz: our own view', libraryRef: null });
    expect(nodeText(inB ?? { type: 'editorsDesk' })).toBe(`B adds: ${GULF_TEXT}`);
    const [inA] = storedDesks(await findBriefFile(dataDir, 'A: Gulf energy pact'));
    expect(inA?.attrs).toEqual({ ...GULF, libraryRef: block.id });
    expect(await api.call('getDeskBlock', { id: block.id })).toMatchObject({ ...GULF, content: [paragraphNode(GULF_TEXT)] });
  });

  test('deleting a library block that an open brief uses: the confirmation names it, and the brief keeps the text as its own', async ({
    shell,
    dataDir,
    request,
    briefdesk,
  }) => {
    const api = new BriefdeskApi(request, shell);
    const headline = 'A: Gulf energy pact';
    const block = await api.call('saveDeskBlock', { name: BLOCK, ...GULF, content: [paragraphNode(GULF_TEXT)] });
    await api.createBrief({
      headline,
      body: { type: 'doc', content: [deskNode({ ...GULF, text: GULF_TEXT }, block.id), paragraphNode()] },
    });
    const desk = briefdesk.deskBlocks.first();

    await briefdesk.open(shell);
    await briefdesk.openBrief(headline);
    await briefdesk.expectSyncedDesk(desk);
    await briefdesk.openDeskLibrary();
    await briefdesk.deleteDeskBlock(BLOCK, async (confirmation) => {
      await expect(confirmation).toContainText('Used in 1 brief. Deleting detaches its copy — its text stays.');
      await expect(confirmation.getByRole('list', { name: 'Briefs using this block' }).getByRole('listitem')).toHaveText([headline]);
    });
    await expect(briefdesk.deskLibraryBlocks).toHaveCount(0);
    await briefdesk.closeDeskLibrary();

    // No hole where the block was: the desk is there, whole, and the brief's own.
    await expect(briefdesk.deskBlocks).toHaveCount(1);
    await briefdesk.expectOwnDesk(desk);
    await briefdesk.expectDesk(desk, GULF);
    await briefdesk.expectDeskText(desk, GULF_TEXT);

    // The server rewrote the brief; editing it on top of that still saves.
    await briefdesk.deskSeries(desk).fill('Strategic Insight, No. 2');
    await briefdesk.expectSaved();
    await briefdesk.reload();
    await briefdesk.openBrief(headline);
    await briefdesk.expectOwnDesk(desk);
    await briefdesk.expectDesk(desk, { ...GULF, series: 'Strategic Insight, No. 2' });
    await briefdesk.expectDeskText(desk, GULF_TEXT);

    const [stored] = storedDesks(await findBriefFile(dataDir, headline));
    expect(stored?.attrs).toEqual({ ...GULF, series: 'Strategic Insight, No. 2', libraryRef: null });
    expect(nodeText(stored ?? { type: 'editorsDesk' })).toBe(GULF_TEXT);
    expect(await api.call('listDeskBlocks', {})).toEqual([]);
  });

  test('search, "Insert copy" (not synced) and "Rename" in the desk library', async ({ shell, request, briefdesk }) => {
    const api = new BriefdeskApi(request, shell);
    await api.call('saveDeskBlock', { name: BLOCK, ...GULF, content: [paragraphNode(GULF_TEXT)] });
    await api.call('saveDeskBlock', {
      name: 'Sahel desk',
      title: 'Sahel security',
      deskName: 'Africa Desk',
      series: '',
      publication: '',
      content: [paragraphNode('Juntas are trading partners for Moscow.')],
    });
    const copy = briefdesk.deskBlocks.nth(1);

    await briefdesk.open(shell);
    await briefdesk.createBrief('Sahel briefing');
    await briefdesk.moveCursorToBodyEnd();
    await briefdesk.openDeskLibrary();
    await expect(briefdesk.deskLibraryBlocks).toHaveCount(2);
    await briefdesk.deskLibrarySearch.fill('sahel');
    await expect(briefdesk.deskLibraryBlocks).toHaveCount(1);
    await expect(briefdesk.deskLibraryBlock('Sahel desk')).toBeVisible();
    await briefdesk.deskLibraryBlock('Sahel desk').getByRole('button', { name: 'Insert copy', exact: true }).click();
    await expect(briefdesk.deskLibrary).toBeHidden();

    await expect(briefdesk.deskBlocks).toHaveCount(2);
    await briefdesk.expectOwnDesk(copy);
    await briefdesk.expectDesk(copy, { title: 'Sahel security', deskName: 'Africa Desk', series: '', publication: '' });
    await briefdesk.expectDeskText(copy, 'Juntas are trading partners for Moscow.');

    await briefdesk.openDeskLibrary();
    await briefdesk.deskLibraryBlock(BLOCK).getByRole('button', { name: 'Rename', exact: true }).click();
    await briefdesk.deskLibraryBlock(BLOCK).getByRole('textbox', { name: 'Block name' }).fill('Gulf desk (2025)');
    await briefdesk.deskLibrary.getByRole('button', { name: 'Save name', exact: true }).click();
    await expect(briefdesk.deskLibraryBlock('Gulf desk (2025)')).toBeVisible();
    await expect(briefdesk.deskLibraryBlock(BLOCK)).toHaveCount(0);
    await briefdesk.closeDeskLibrary();
    const names = (await api.call('listDeskBlocks', {})).map((block) => block.name);
    expect(names.sort()).toEqual(['Gulf desk (2025)', 'Sahel desk']);
  });

  test('"Save as template" keeps a custom desk; a new brief from that template has it, and an empty body', async ({
    shell,
    dataDir,
    briefdesk,
  }) => {
    const source = 'Template source: Gulf weekly';
    const desk = briefdesk.deskBlocks.first();
    const takeaways = briefdesk.takeawaysBlocks.first();

    await briefdesk.open(shell);
    await briefdesk.createBrief(source);
    await briefdesk.tabIntoBody(); // the cursor is in the first takeaway
    await briefdesk.typeInBody('Oman hosts the talks.');
    await briefdesk.deskTitle(desk).fill('Gulf Weekly: the desk view');
    await briefdesk.deskName(desk).fill(GULF.deskName);
    await briefdesk.deskTitle(desk).press('Enter');
    await briefdesk.typeInBody(GULF_TEXT);
    await briefdesk.moveCursorToBodyEnd();
    await briefdesk.typeInBody('Body text that a template leaves out.');
    await briefdesk.expectSaved();

    await briefdesk.saveAsTemplate('Gulf weekly');
    await briefdesk.createBriefFromTemplate('Gulf weekly');

    await expect(briefdesk.briefItems).toHaveCount(2);
    await expect(briefdesk.deskBlocks).toHaveCount(1);
    await briefdesk.expectDesk(desk, { title: 'Gulf Weekly: the desk view', deskName: GULF.deskName, series: '', publication: '' });
    await expect(desk).not.toContainText(GULF_TEXT);
    await expect(briefdesk.takeawaysBlocks).toHaveCount(1);
    await briefdesk.expectTakeaways(takeaways, ['', '', '']);
    await expect(briefdesk.body).not.toContainText('Body text that a template leaves out.');

    const created = await findBriefFile(dataDir, ''); // the new brief has no headline yet
    const body = created?.brief.body ?? { type: 'doc' };
    expect(topLevelBlocks(body, 'keyTakeaways').map(storedTakeaways)).toEqual([['', '', '']]);
    const [stored] = topLevelBlocks(body, 'editorsDesk');
    expect(stored?.attrs).toEqual({
      title: 'Gulf Weekly: the desk view',
      deskName: GULF.deskName,
      series: '',
      publication: '',
      libraryRef: null,
    });
    expect(nodeText(stored ?? { type: 'editorsDesk' })).toBe('');
    expect(topLevelBlocks(body, 'paragraph').map(nodeText)).toEqual(['']);
  });
});
