import { useEffect, useRef, useState } from 'react';

/** Where the day's figure is kept: the renderer's localStorage (per machine and profile, not in the library). */
export const WORDS_TODAY_KEY = 'briefdesk.wordsToday';

interface Stored {
  day: string;
  words: number;
}

function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function read(): Stored {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(WORDS_TODAY_KEY) ?? 'null');
    if (typeof value === 'object' && value !== null && 'day' in value && 'words' in value) {
      const { day, words } = value;
      if (typeof day === 'string' && typeof words === 'number' && day === today()) return { day, words };
    }
  } catch {
    // A damaged entry counts as none.
  }
  return { day: today(), words: 0 };
}

/**
 * Words written today, over every brief: each rise of the open brief's count
 * is added (deleting does not subtract; opening a brief adds nothing). Kept
 * per local day in localStorage, so it survives a reload but not another machine.
 */
export function useWordsToday(briefId: string, words: number): number {
  const [total, setTotal] = useState(() => read().words);
  const last = useRef<{ briefId: string; words: number } | null>(null);
  useEffect(() => {
    const previous = last.current;
    last.current = { briefId, words };
    if (!previous || previous.briefId !== briefId || words <= previous.words) return;
    const stored = read();
    const next = { day: stored.day, words: stored.words + (words - previous.words) };
    try {
      localStorage.setItem(WORDS_TODAY_KEY, JSON.stringify(next));
    } catch {
      // Storage full or off: the figure still counts for this window.
    }
    setTotal(next.words);
  }, [briefId, words]);
  return total;
}
