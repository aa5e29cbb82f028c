import type { ReplacePlan } from '../../shared/find/find-replace';

const plural = (count: number, one: string, many: string): string => `${count.toLocaleString()} ${count === 1 ? one : many}`;

/** What a replace did, in a sentence for the find bar: how many replaced, and what was left alone and why. */
export function replaceSummary(plan: Pick<ReplacePlan, 'replaced' | 'skippedSynced' | 'skippedBlank'>): string {
  const parts = [`Replaced ${plural(plan.replaced, 'match', 'matches')}.`];
  if (plan.skippedSynced > 0) {
    parts.push(
      `${plural(plan.skippedSynced, 'match is', 'matches are')} in synced Editor’s Desk blocks and ${plan.skippedSynced === 1 ? 'was' : 'were'} left as is: choose “Edit original” or “Detach” on the block to change ${plan.skippedSynced === 1 ? 'it' : 'them'}.`,
    );
  }
  if (plan.skippedBlank > 0) {
    parts.push(`${plural(plan.skippedBlank, 'match was', 'matches were')} left as is: the field must not be blank.`);
  }
  return parts.join(' ');
}
