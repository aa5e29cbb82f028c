import type { RevisionKind } from './revision';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Revisions younger than this are all kept. */
export const KEEP_ALL_DAYS = 7;
/** Up to this age one revision per day is kept; older ones, one per ISO week. */
export const KEEP_DAILY_DAYS = 90;

/** What thinning needs to know of a revision. */
export interface ThinnableRevision {
  createdAt: string;
  kind: RevisionKind;
}

/** "2025-03-01": the UTC calendar day of a time. */
function dayKey(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** "2025-W09": the ISO 8601 week (Monday to Sunday, UTC) of a time. */
export function isoWeekKey(time: number): string {
  const date = new Date(time);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  // The Thursday of the same week decides the week-numbering year.
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - weekday + 3);
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Retention: which revisions of one brief to keep at `now`. Named versions
 * are always kept; so is everything less than 7 days old (and anything
 * dated in the future). From 7 to 90 days old, the newest revision of each
 * UTC day is kept; beyond 90 days, the newest of each ISO week. Pure: the
 * same list and time give the same answer, and thinning a thinned list
 * again drops nothing more.
 */
export function thinRevisions<T extends ThinnableRevision>(list: readonly T[], now: Date): { keep: T[]; drop: T[] } {
  const nowMs = now.getTime();
  const newestInBucket = new Map<string, { item: T; time: number }>();
  const keep = new Set<T>();
  for (const item of list) {
    const time = Date.parse(item.createdAt);
    const age = nowMs - time;
    if (item.kind === 'named' || !Number.isFinite(time) || age < KEEP_ALL_DAYS * DAY_MS) {
      keep.add(item);
      continue;
    }
    const bucket = age < KEEP_DAILY_DAYS * DAY_MS ? `day:${dayKey(time)}` : `week:${isoWeekKey(time)}`;
    const current = newestInBucket.get(bucket);
    if (!current || time > current.time) newestInBucket.set(bucket, { item, time });
  }
  for (const { item } of newestInBucket.values()) keep.add(item);
  return { keep: list.filter((item) => keep.has(item)), drop: list.filter((item) => !keep.has(item)) };
}
