import { test, expect } from './fixtures';
import type { DeskFields } from './pages/briefdesk-page';
import { nodeText, nodeTypesIn, storedTakeaways, topLevelBlocks } from './support/body-nodes';
import { findBriefFile } from './support/library-files';

// Short on purpose: every character is a real key press.
const OMAN = 'Oman hosts the talks.';
const RELIEF = 'Iran wants relief.';
const HORMUZ = 'Riyadh wants guarantees.';
const TRADERS = 'Traders price a deal.';
const JUNE = 'A text by June.';

test.describe('Key Takeaways and Editor’s Desk blocks', () => {
  test('Key Takeaways written with the keyboard alone keep their order and text after a reload and a server restart', async ({
    shell,
    launchShell,
    dataDir,
    briefdesk,
    page,
  }) => {
    const headline = 'Muscat talks';
    const keyboard = page.keyboard;
    const block = briefdesk.takeawaysBlocks.first();
    const kept = [OMAN, HORMUZ, RELIEF, JUNE];

    await test.step('New brief (Control+Alt+N), headline, then Tab into the body', async () => {
      await briefdesk.open(shell);
      await keyboard.press('Control+Alt+N');
      await expect(briefdesk.headline).toBeFocused();
      await keyboard.type(headline);
      await expect(briefdesk.headline).toHaveValue(headline);
      // No click in the body: Tab walks the header fields and the toolbar, then the cursor lands in the body.
      await briefdesk.tabIntoBody();
    });

    await test.step('clear the template blocks (Control+A, Delete) and insert Key Takeaways (Control+Shift+K)', async () => {
      await briefdesk.pressInBody('Control+A', 'Delete');
      await expect(briefdesk.takeawaysBlocks).toHaveCount(0);
      await expect(briefdesk.deskBlocks).toHaveCount(0);
      await briefdesk.pressInBody('Control+Shift+K');
      await expect(briefdesk.takeawaysBlocks).toHaveCount(1);
      await briefdesk.expectTakeaways(block, ['']);
    });

    await test.step('five items, Enter between them', async () => {
      for (const [index, text] of [OMAN, RELIEF, HORMUZ, TRADERS, JUNE].entries()) {
        if (index > 0) await briefdesk.pressInBody('Enter');
        await briefdesk.typeInBody(text);
      }
      await briefdesk.expectTakeaways(block, [OMAN, RELIEF, HORMUZ, TRADERS, JUNE]);
      await expect(block).toContainText('5 items');
    });

    await test.step('Alt+ArrowUp in item 3 makes it item 2', async () => {
      await briefdesk.pressInBody('ArrowUp', 'ArrowUp', 'Alt+ArrowUp');
      await briefdesk.expectTakeaways(block, [OMAN, HORMUZ, RELIEF, TRADERS, JUNE]);
    });

    await test.step('Enter at the end of an item makes an empty one; Backspace in it removes it', async () => {
      await briefdesk.pressInBody('End', 'Enter');
      await briefdesk.expectTakeaways(block, [OMAN, HORMUZ, '', RELIEF, TRADERS, JUNE]);
      await briefdesk.pressInBody('Backspace');
      await briefdesk.expectTakeaways(block, [OMAN, HORMUZ, RELIEF, TRADERS, JUNE]);
    });

    await test.step('item 4 emptied, then Backspace removes it', async () => {
      await briefdesk.pressInBody('ArrowDown', 'ArrowDown', 'End', 'Shift+Home', 'Backspace');
      await briefdesk.expectTakeaways(block, [OMAN, HORMUZ, RELIEF, '', JUNE]);
      await briefdesk.pressInBody('Backspace');
      await briefdesk.expectTakeaways(block, kept);
      await expect(briefdesk.takeawaysAdvice(block)).toBeHidden();
      await briefdesk.expectSaved();
    });

    await test.step('a reload shows the same items in the same order', async () => {
      await briefdesk.reload();
      await briefdesk.openBrief(headline);
      await expect(briefdesk.takeawaysBlocks).toHaveCount(1);
      await briefdesk.expectTakeaways(block, kept);
    });

    await test.step('so does a restarted server, and the file holds them in order', async () => {
      expect(await shell.stop()).toBe(0);
      await briefdesk.open(await launchShell());
      await briefdesk.openBrief(headline);
      await expect(briefdesk.takeawaysBlocks).toHaveCount(1);
      await briefdesk.expectTakeaways(block, kept);

      const file = await findBriefFile(dataDir, headline);
      const stored = topLevelBlocks(file?.brief.body ?? { type: 'doc' }, 'keyTakeaways');
      expect(stored.map(storedTakeaways)).toEqual([kept]);
    });
  });

  test('the house-rule note: fewer than 3 or more than 7 items, and empty items once the cursor leaves the block', async ({
    shell,
    briefdesk,
  }) => {
    const block = briefdesk.takeawaysBlocks.nth(1); // after the template's block
    const advice = briefdesk.takeawaysAdvice(block);

    await briefdesk.open(shell);
    await briefdesk.createBrief('House rules for takeaways');
    await briefdesk.moveCursorToBodyEnd();
    await briefdesk.pressInBody('Control+Shift+K');
    await briefdesk.typeInBody('One.');
    await briefdesk.pressInBody('Enter');
    await briefdesk.typeInBody('Two.');
    await expect(advice).toContainText('Key Takeaways usually has 3–7 items; this one has 2.');

    for (const text of ['Three.', 'Four.', 'Five.', 'Six.', 'Seven.']) {
      await briefdesk.pressInBody('Enter');
      await briefdesk.typeInBody(text);
      await expect(advice).toBeHidden();
    }
    await briefdesk.pressInBody('Enter');
    await briefdesk.typeInBody('Eight.');
    await expect(advice).toContainText('Key Takeaways usually has 3–7 items; this one has 8.');

    // An empty item is work in progress while the cursor is in the block, flagged once it leaves.
    await briefdesk.pressInBody('Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace');
    await briefdesk.expectTakeaways(block, ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.', 'Seven.', '']);
    await expect(advice).toContainText('this one has 8.');
    await expect(advice).not.toContainText('Item 8 is empty.');
    await briefdesk.pressInBody('Control+End');
    await expect(advice).toContainText('Item 8 is empty.');
    await expect(briefdesk.takeawaysAdvice(briefdesk.takeawaysBlocks.first())).toBeHidden(); // the template's untouched block
  });

  test('"/desk" + Enter in an empty paragraph inserts an Editor’s Desk; its title and sign-off are kept, in the file too', async ({
    shell,
    dataDir,
    briefdesk,
  }) => {
    const headline = 'Hormuz insurance premiums double';
    const analysis = 'Insurers price the risk before the navies do.';
    const fields: DeskFields = {
      title: 'What the premiums tell us',
      deskName: 'Gulf Desk',
      series: 'Shipping Watch',
      publication: 'Briefdesk Weekly',
    };
    // The template already has a desk; the new one is the second.
    const desk = briefdesk.deskBlocks.nth(1);

    await briefdesk.open(shell);
    await briefdesk.createBrief(headline);
    await briefdesk.moveCursorToBodyEnd();
    await briefdesk.typeInBody('/');
    await expect(briefdesk.slashMenu).toBeVisible();
    await briefdesk.typeInBody('desk');
    await expect(briefdesk.slashOption("Editor's desk")).toHaveAttribute('aria-selected', 'true');
    await expect(briefdesk.slashOption('Key takeaways')).toHaveCount(0);
    await briefdesk.pressInBody('Enter');

    await expect(briefdesk.slashMenu).toBeHidden();
    await expect(briefdesk.deskBlocks).toHaveCount(2);
    await briefdesk.typeInBody(analysis); // the cursor is in the new desk's text
    await expect(desk).toContainText(analysis);
    await briefdesk.fillDesk(desk, fields);
    await briefdesk.expectSaved();

    await briefdesk.reload();
    await briefdesk.openBrief(headline);
    await expect(briefdesk.deskBlocks).toHaveCount(2);
    await briefdesk.expectDesk(desk, fields);
    await expect(desk).toContainText(analysis);
    await expect(briefdesk.deskTitle(briefdesk.deskBlocks.first())).toHaveValue('Strategic Analysis');

    const file = await findBriefFile(dataDir, headline);
    expect(file?.text).not.toContain('/desk');
    const desks = topLevelBlocks(file?.brief.body ?? { type: 'doc' }, 'editorsDesk');
    expect(desks).toHaveLength(2);
    expect(desks[1]?.attrs).toEqual({ ...fields, libraryRef: null });
    expect(nodeText(desks[1] ?? { type: 'editorsDesk' })).toBe(analysis);
  });

  test('a pasted numbered list becomes Key Takeaways through "Make key takeaways"', async ({ shell, dataDir, briefdesk }) => {
    const headline = 'Three things from the OPEC+ meeting';
    const pasted = briefdesk.takeawaysBlocks.nth(1); // after the template's block

    await briefdesk.open(shell);
    await briefdesk.createBrief(headline);
    await briefdesk.moveCursorToBodyEnd();
    await briefdesk.pasteHtml('<ol><li>One</li><li>Two</li><li>Three</li></ol>', '1. One\n2. Two\n3. Three');

    await expect(briefdesk.pastePrompt).toContainText('Turn this numbered list into Key Takeaways?');
    await briefdesk.makeTakeawaysFromPaste.click();

    await expect(briefdesk.pastePrompt).toBeHidden();
    await expect(briefdesk.takeawaysBlocks).toHaveCount(2);
    await briefdesk.expectTakeaways(pasted, ['One', 'Two', 'Three']);
    await briefdesk.expectSaved();

    const body = (await findBriefFile(dataDir, headline))?.brief.body ?? { type: 'doc' };
    expect(nodeTypesIn(body).has('orderedList')).toBe(false);
    expect(topLevelBlocks(body, 'keyTakeaways').map(storedTakeaways)).toEqual([
      ['', '', ''],
      ['One', 'Two', 'Three'],
    ]);
  });

  test('"Keep as a numbered list" leaves a pasted list as it is', async ({ shell, dataDir, briefdesk }) => {
    const headline = 'A list that stays a list';

    await briefdesk.open(shell);
    await briefdesk.createBrief(headline);
    await briefdesk.moveCursorToBodyEnd();
    await briefdesk.pasteHtml('<ol><li>One</li><li>Two</li></ol>', '1. One\n2. Two');
    await expect(briefdesk.pastePrompt).toBeVisible();
    await briefdesk.keepPastedList.click();

    await expect(briefdesk.pastePrompt).toBeHidden();
    await expect(briefdesk.takeawaysBlocks).toHaveCount(1);
    await briefdesk.expectSaved();
    const body = (await findBriefFile(dataDir, headline))?.brief.body ?? { type: 'doc' };
    expect(topLevelBlocks(body, 'orderedList').map(nodeText)).toEqual(['OneTwo']);
  });

  test('a whole Key Takeaways block copied from one brief pastes into another as a block', async ({ shell, dataDir, briefdesk }) => {
    const briefA = 'Brief A: the ceasefire terms';
    const briefB = 'Brief B: the market reaction';
    const items = [OMAN, RELIEF, HORMUZ];

    await test.step('in A, fill the template’s three items', async () => {
      await briefdesk.open(shell);
      await briefdesk.createBrief(briefA);
      await briefdesk.tabIntoBody(); // the cursor is in item 1
      for (const [index, text] of items.entries()) {
        if (index > 0) await briefdesk.pressInBody('ArrowDown');
        await briefdesk.typeInBody(text);
      }
      await briefdesk.expectTakeaways(briefdesk.takeawaysBlocks.first(), items);
      await briefdesk.expectSaved();
    });

    await test.step('select every item with Shift+arrows and copy (Control+C)', async () => {
      await briefdesk.pressInBody('Control+Home', 'Shift+ArrowDown', 'Shift+ArrowDown', 'Shift+End', 'Control+C');
    });

    await test.step('in B, clear the body and paste (Control+V): one Key Takeaways block with the same items', async () => {
      await briefdesk.createBrief(briefB);
      await briefdesk.body.focus();
      await briefdesk.pressInBody('Control+A', 'Delete');
      await expect(briefdesk.takeawaysBlocks).toHaveCount(0);
      await briefdesk.pressInBody('Control+V');

      await expect(briefdesk.takeawaysBlocks).toHaveCount(1);
      await briefdesk.expectTakeaways(briefdesk.takeawaysBlocks.first(), items);
      await briefdesk.expectSaved();
      const body = (await findBriefFile(dataDir, briefB))?.brief.body ?? { type: 'doc' };
      expect(topLevelBlocks(body, 'keyTakeaways').map(storedTakeaways)).toEqual([items]);
    });

    await test.step('A is unchanged', async () => {
      await briefdesk.openBrief(briefA);
      await briefdesk.expectTakeaways(briefdesk.takeawaysBlocks.first(), items);
    });
  });

  test('Control+Z takes back an inserted Key Takeaways block; Control+Shift+Z brings it back', async ({ shell, dataDir, briefdesk }) => {
    const headline = 'Undo an inserted block';

    await briefdesk.open(shell);
    await briefdesk.createBrief(headline);
    await briefdesk.moveCursorToBodyEnd();
    await briefdesk.formatButton('Insert key takeaways').click();
    await expect(briefdesk.takeawaysBlocks).toHaveCount(2);

    await briefdesk.pressInBody('Control+Z');
    await expect(briefdesk.takeawaysBlocks).toHaveCount(1);
    await briefdesk.expectTakeaways(briefdesk.takeawaysBlocks.first(), ['', '', '']);

    await briefdesk.pressInBody('Control+Shift+Z');
    await expect(briefdesk.takeawaysBlocks).toHaveCount(2);
    await briefdesk.pressInBody('Control+Z');
    await expect(briefdesk.takeawaysBlocks).toHaveCount(1);

    await briefdesk.expectSaved();
    const body = (await findBriefFile(dataDir, headline))?.brief.body ?? { type: 'doc' };
    expect(topLevelBlocks(body, 'keyTakeaways')).toHaveLength(1);
  });

  test('Control+Z right after "/desk" + Enter gives back the empty line, with no "/desk" left', async ({ shell, briefdesk }) => {
    await briefdesk.open(shell);
    await briefdesk.createBrief('Undo a slash command');
    await briefdesk.moveCursorToBodyEnd();
    await briefdesk.typeInBody('/');
    await expect(briefdesk.slashMenu).toBeVisible();
    await briefdesk.typeInBody('desk');
    await briefdesk.pressInBody('Enter');
    await expect(briefdesk.deskBlocks).toHaveCount(2);

    await briefdesk.pressInBody('Control+Z');
    await expect(briefdesk.deskBlocks).toHaveCount(1);
    await expect(briefdesk.body).not.toContainText('/desk');
    await expect(briefdesk.slashMenu).toBeHidden();
    await briefdesk.pressInBody('Control+Shift+Z');
    await expect(briefdesk.deskBlocks).toHaveCount(2);
  });
});
