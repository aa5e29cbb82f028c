import { test, expect } from './fixtures';
import { axeViolations } from './support/layout-checks';

// A new brief is what an analyst sees first: no hero image yet (its placeholder), an empty Key Takeaways
// and an empty Editor's Desk (their placeholders), the created line. layout-sizes.spec.ts audits a full brief.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`a new brief with both blocks is axe-clean in ${colorScheme}`, async ({ shell, briefdesk, page }) => {
    await page.emulateMedia({ colorScheme });
    await briefdesk.open(shell);
    await briefdesk.createBrief();
    await expect(briefdesk.takeawaysBlocks).toHaveCount(1);
    await expect(briefdesk.deskBlocks).toHaveCount(1);
    await expect(page.getByText('No hero image')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a new brief shows where the body goes, below the blocks, until something is written there', async ({ shell, briefdesk }) => {
  await briefdesk.open(shell);
  await briefdesk.createBrief();
  // What the page shows before each top-level block of the body (the ::before text of an empty paragraph).
  const shown = () =>
    briefdesk.body.evaluate((body) =>
      [...body.children].map((block) => {
        const before = getComputedStyle(block, '::before').content;
        return before === 'none' || before === 'normal' ? block.tagName : `${block.tagName} ${before}`;
      }),
    );
  await expect.poll(shown).toEqual(['DIV', 'DIV', 'P "Write the brief… (type / for Key Takeaways or Editor’s Desk)"']);
  await briefdesk.focusBodyEnd();
  await briefdesk.typeInBody('Grain shipments fell.');
  await expect.poll(shown).toEqual(['DIV', 'DIV', 'P']);
});
