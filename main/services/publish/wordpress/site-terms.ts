import { decodeHTML } from 'entities';
import { z } from 'zod';
import { restError, type WordPressRest } from './wordpress-rest';
import { WpTerm } from './wordpress-schemas';

/** A taxonomy's REST route base. */
export type Taxonomy = 'tags' | 'categories';

const TermExists = z.object({ code: z.literal('term_exists'), data: z.object({ term_id: z.number().int().positive() }) });

const sameName = (a: string, b: string): boolean => decodeHTML(a).trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The ids of the terms named `names` in a taxonomy, creating the missing
 * ones. Names are matched case-insensitively (WordPress returns them with
 * HTML entities, decoded first); a create that races another one
 * (`term_exists`) takes the existing term.
 */
export async function ensureTerms(rest: WordPressRest, taxonomy: Taxonomy, names: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) {
    if (!name.trim()) continue;
    const found = await rest.call(z.array(WpTerm), {
      route: `/wp/v2/${taxonomy}`,
      query: { search: name.trim(), per_page: 100, hide_empty: false },
    });
    const match = found.find((term) => sameName(term.name, name));
    if (match) {
      ids.push(match.id);
      continue;
    }
    const response = await rest.send({ method: 'POST', route: `/wp/v2/${taxonomy}`, json: { name: name.trim() } });
    const created = WpTerm.safeParse(response.json);
    if (response.status >= 200 && response.status < 300 && created.success) {
      ids.push(created.data.id);
      continue;
    }
    const exists = TermExists.safeParse(response.json);
    if (exists.success) {
      ids.push(exists.data.data.term_id);
      continue;
    }
    throw restError(response) ? rest.failure(response) : rest.notRest(response);
  }
  return [...new Set(ids)];
}
