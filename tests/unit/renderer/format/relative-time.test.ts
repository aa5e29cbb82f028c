import { describe, expect, it } from 'vitest';
import { exactTime, relativeTime, shortDate } from '../../../../renderer/format/relative-time';

const NOW = Date.parse('2026-12-07T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const at = (ms: number): string => new Date(ms).toISOString();

describe('relative time', () => {
  it('says how long ago within a week, then the date, with the year only when it is another year', () => {
    expect(relativeTime(at(NOW - 30_000), NOW)).toBe('just now');
    expect(relativeTime(at(NOW - 5 * 60_000), NOW)).toBe('5 min ago');
    expect(relativeTime(at(NOW - 3 * 60 * 60_000), NOW)).toBe('3 h ago');
    expect(relativeTime(at(NOW - DAY), NOW)).toBe('yesterday');
    expect(relativeTime(at(NOW - 4 * DAY), NOW)).toBe('4 days ago');
    // Dates as the system's language writes them; formatted again after another format was used.
    const thisYear = NOW - 20 * DAY;
    const lastYear = NOW - 400 * DAY;
    for (let round = 0; round < 2; round += 1) {
      expect(relativeTime(at(thisYear), NOW)).toBe(new Date(thisYear).toLocaleDateString(undefined, { day: 'numeric', month: 'short' }));
      expect(relativeTime(at(lastYear), NOW)).toBe(
        new Date(lastYear).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }),
      );
    }
    expect(relativeTime(at(lastYear), NOW)).toContain(String(new Date(lastYear).getFullYear()));
    expect(relativeTime(at(thisYear), NOW)).not.toContain(String(new Date(thisYear).getFullYear()));
  });

  it('gives the exact time and the short date as the system writes them; text that is not a date is kept', () => {
    const when = NOW - 400 * DAY;
    expect(exactTime(at(when))).toBe(new Date(when).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' }));
    expect(shortDate(at(when))).toBe(new Date(when).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }));
    expect(exactTime('not a date')).toBe('not a date');
    expect(shortDate('not a date')).toBe('not a date');
    expect(relativeTime('not a date', NOW)).toBe('');
  });
});
