import { test, expect } from './fixtures';
import { BriefdeskApi } from './support/briefdesk-api';

// A key pressed right after a click acts where the click put the caret, even when the editor has not yet
// read the click's caret (the browser tells it with a `selectionchange` event, which can come after the key).

const ITEMS = ['Alpha item', 'Bravo item', 'Charlie item', 'Delta item', 'Echo item', 'Foxtrot item'];

test('thirty times a click on a takeaway then Alt+Up or Alt+Down at once: every time the clicked item moves', async ({
  shell,
  request,
  briefdesk,
  page,
}) => {
  const headline = 'Click then key';
  const takeaways = { type: 'keyTakeaways', content: ITEMS.map((text) => ({ type: 'takeaway', content: [{ type: 'text', text }] })) };
  await new BriefdeskApi(request, shell).createBrief({ headline, body: { type: 'doc', content: [takeaways] } });
  await briefdesk.open(shell);
  await briefdesk.openBrief(headline);
  const block = briefdesk.takeawaysBlocks.first();
  const items = block.getByRole('listitem');
  await expect(items).toHaveCount(ITEMS.length);
  await items
    .filter({ hasText: ITEMS[0] })
    .getByText(ITEMS[0] ?? '')
    .click();

  const cdp = await page.context().newCDPSession(page);
  const order = [...ITEMS];
  let caretIn = 0;
  for (let round = 0; round < 30; round++) {
    // A different item each time, never the one the caret is in; up from the lower half, down from the upper.
    let target = (caretIn + 1 + (round % (ITEMS.length - 1))) % ITEMS.length;
    if (target === caretIn) target = (target + 1) % ITEMS.length;
    const up = target >= ITEMS.length / 2;
    const text = order[target] ?? '';
    const box = await items.nth(target).getByText(text, { exact: true }).boundingBox();
    if (!box) throw new Error(`item ${target} is not shown`);
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2, button: 'left' as const, clickCount: 1 };
    const key = up
      ? { key: 'ArrowUp', code: 'ArrowUp', windowsVirtualKeyCode: 38 }
      : { key: 'ArrowDown', code: 'ArrowDown', windowsVirtualKeyCode: 40 };
    // Click and key sent together, not one after the other's answer: the key reaches the page as soon as it can.
    await Promise.all([
      cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...point }),
      cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...point }),
      cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: 1, ...key }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 1, ...key }),
    ]);
    const to = up ? target - 1 : target + 1;
    [order[target], order[to]] = [order[to] ?? '', order[target] ?? ''];
    caretIn = to;
    await test.step(`round ${round + 1}: "${text}" moved ${up ? 'up' : 'down'}`, () => briefdesk.expectTakeaways(block, order));
  }
  await briefdesk.expectSaved();
});
