const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Date formats in the system's language, each made once: making an
 * Intl.DateTimeFormat (what toLocaleDateString does at every call) costs far
 * more than formatting with one, and the list formats two dates a row.
 */
const formats = new Map<Intl.DateTimeFormatOptions, Intl.DateTimeFormat>();
function format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let found = formats.get(options);
  if (found === undefined) {
    found = new Intl.DateTimeFormat(undefined, options);
    formats.set(options, found);
  }
  return found;
}

const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const LONG_DATE_SHORT_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };

/** "just now", "2 min ago", "3 h ago", "yesterday", "4 days ago", then a date. */
export function relativeTime(iso: string, now: number = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const elapsed = Math.max(0, now - then);
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  const days = Math.floor(elapsed / DAY);
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  const date = new Date(then);
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  return format(sameYear ? DAY_MONTH : DAY_MONTH_YEAR).format(date);
}

/** The exact time, for a tooltip. */
export function exactTime(iso: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return iso;
  return format(LONG_DATE_SHORT_TIME).format(then);
}

/** The day alone, short ("7 Dec 2026", "Dec 7, 2026" — as the system's language writes it), for places with little room. */
export function shortDate(iso: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return iso;
  return format(DAY_MONTH_YEAR).format(then);
}
