import { useVirtualizer } from '@tanstack/react-virtual';
import {
  type CSSProperties,
  Fragment,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';

/** What each row's `<li>` takes: its place in the list (for assistive technology) and what the virtualizer needs. */
export interface VirtualRowProps {
  ref: (element: HTMLLIElement | null) => void;
  'data-index': number;
  'aria-setsize': number;
  'aria-posinset': number;
  style: CSSProperties;
}

export interface VirtualBriefListProps<T> {
  /** How many rows the list has. */
  count: number;
  /** The row at an index, or undefined while it is not loaded (a placeholder stands in). */
  rowAt: (index: number) => T | undefined;
  /** Told which rows are in view (from, to: inclusive), so their data can be loaded. */
  onRange?: (start: number, end: number) => void;
  /** The element that scrolls the list (the list may sit below other content in it). */
  scrollRef: RefObject<HTMLElement | null>;
  keyOf: (item: T) => string;
  renderRow: (item: T, row: VirtualRowProps) => ReactNode;
  /** Height of a row before it is measured. */
  estimateRowHeight?: number;
  label: string;
  busy?: boolean;
}

/** Space between rows, in pixels. */
const ROW_GAP = 2;
/** Frames to wait for a row scrolled to (its data may still be on its way) before giving up on focusing it. */
const FOCUS_ATTEMPTS = 60;

/** Keys that move focus between rows, and where to. */
function targetRow(key: string, from: number, count: number): number | null {
  if (key === 'ArrowDown') return Math.min(count - 1, from + 1);
  if (key === 'ArrowUp') return Math.max(0, from - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/**
 * The library list, rendering only the rows in view (@tanstack/react-virtual)
 * and asking for their data (`onRange`), so 100,000 briefs scroll smoothly:
 * a row not loaded yet shows as a placeholder. Rows keep their place for
 * assistive technology (aria-setsize, aria-posinset); Arrow Up/Down, Home and
 * End move focus from row to row, scrolling rows that are not rendered into view.
 */
export function VirtualBriefList<T>({
  count,
  rowAt,
  onRange,
  scrollRef,
  keyOf,
  renderRow,
  estimateRowHeight = 64,
  label,
  busy,
}: VirtualBriefListProps<T>) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // Measured after every render (the header above the list can change height); it sets state only when the
  // margin really moved, so it settles after one pass.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberately runs after every render
  useLayoutEffect(() => {
    const list = listRef.current;
    const scroller = scrollRef.current;
    if (!list || !scroller) return;
    const margin = list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    if (Math.abs(margin - scrollMargin) > 0.5) setScrollMargin(margin);
  });

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateRowHeight,
    getItemKey: (index) => {
      const item = rowAt(index);
      return item === undefined ? `row-${index}` : keyOf(item);
    },
    overscan: 8,
    gap: ROW_GAP,
    scrollMargin,
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    if (!(event.target instanceof HTMLElement) || event.altKey || event.ctrlKey || event.metaKey) return;
    const row = event.target.closest<HTMLElement>('[data-index]');
    if (!row) return;
    const target = targetRow(event.key, Number(row.dataset.index), count);
    if (target === null) return;
    event.preventDefault();
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const focusTarget = (attempt: number): void => {
      const button = listRef.current?.querySelector<HTMLElement>(`[data-index="${target}"] button`);
      if (button) button.focus();
      else if (attempt < FOCUS_ATTEMPTS) requestAnimationFrame(() => focusTarget(attempt + 1));
    };
    requestAnimationFrame(() => focusTarget(0));
  };

  const rows = virtualizer.getVirtualItems();
  const firstShown = rows[0]?.index ?? 0;
  const lastShown = rows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (lastShown >= firstShown) onRange?.(firstShown, lastShown);
  }, [firstShown, lastShown, onRange]);
  return (
    <ul
      ref={listRef}
      className="brief-list is-virtual"
      aria-label={label}
      aria-busy={busy}
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
    >
      {rows.map((row) => {
        const item = rowAt(row.index);
        const place: VirtualRowProps = {
          ref: virtualizer.measureElement,
          'data-index': row.index,
          'aria-setsize': count,
          'aria-posinset': row.index + 1,
          style: { transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` },
        };
        if (item === undefined) {
          return (
            <li key={row.key} {...place} className="brief-row is-placeholder" aria-busy="true">
              <span className="brief-row-placeholder">Loading…</span>
            </li>
          );
        }
        return <Fragment key={row.key}>{renderRow(item, place)}</Fragment>;
      })}
    </ul>
  );
}
