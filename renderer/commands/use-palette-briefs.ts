import { useEffect, useState } from 'react';
import type { BriefdeskApi } from '../../shared/api/contract';

/** A brief the palette can open ("Go to brief"). */
export interface PaletteBrief {
  id: string;
  headline: string;
}

/** Briefs offered at once, and at most per answer while typing. */
const RECENT = 50;
/** Wait this long after a key before asking the index. */
const DEBOUNCE_MS = 120;

/**
 * The briefs "Go to brief" offers for what is typed: the most recently
 * updated ones while nothing is, then what the library's index finds for the
 * text (headline words weigh most), asked after a short pause. The palette's
 * own filter then keeps those whose headline matches. The library is never
 * loaded whole: it may hold a hundred thousand briefs.
 */
export function usePaletteBriefs(api: Pick<BriefdeskApi, 'listBriefs' | 'searchBriefs'>, text: string): readonly PaletteBrief[] {
  const [briefs, setBriefs] = useState<readonly PaletteBrief[]>([]);
  const query = text.trim();
  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      () => {
        const answer =
          query === ''
            ? api.listBriefs({ limit: RECENT }).then((listing) => listing.briefs)
            : api.searchBriefs({ query, limit: RECENT }).then((found) => found.results.map((hit) => hit.summary));
        answer.then(
          (summaries) => {
            if (current) setBriefs(summaries.map(({ id, headline }) => ({ id, headline })));
          },
          // Commands still work when the library cannot answer; the list of briefs stays as it was.
          () => undefined,
        );
      },
      query === '' ? 0 : DEBOUNCE_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query]);
  return briefs;
}
