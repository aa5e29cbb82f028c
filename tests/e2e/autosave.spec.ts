import { test, expect } from './fixtures';

const HEADLINE = 'Qatar opens a new mediation channel';

test('typing in the headline saves by itself, and a reload right after "Saved" shows it', async ({ shell, briefdesk }) => {
  await briefdesk.open(shell);
  await briefdesk.createBrief();

  await briefdesk.headline.pressSequentially(HEADLINE);
  await expect(briefdesk.saveStatus).toHaveText('Saving…');
  await expect(briefdesk.saveStatus).toHaveText('Saved', { timeout: 5000 });

  await briefdesk.reload();
  await expect(briefdesk.headline).toHaveValue(HEADLINE);
  await expect(briefdesk.briefItem(HEADLINE)).toBeVisible();
});
