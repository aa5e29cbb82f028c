import { BriefdeskError } from '../../shared/model/errors';
import type { LibraryStore } from '../services/library/library-store';

/** A brief as the CLI names it when an id is asked for. */
export interface IdCandidate {
  id: string;
  headline: string;
  trashed: boolean;
}

const SHOWN = 10;

function line(candidate: IdCandidate): string {
  return `  ${candidate.id}  “${candidate.headline || 'Untitled brief'}”${candidate.trashed ? ' (in the Trash)' : ''}`;
}

/**
 * The brief `given` names: its whole id, or the beginning of exactly one id
 * (as `briefdesk list` prints them, in any case). No match, or several,
 * is a clear error; several are listed (by id) so the analyst can pick.
 */
export function resolveBriefId(given: string, candidates: readonly IdCandidate[]): string {
  if (candidates.some((candidate) => candidate.id === given)) return given;
  const prefix = given.toLowerCase();
  const matches = prefix === '' ? [] : candidates.filter((candidate) => candidate.id.toLowerCase().startsWith(prefix));
  const [only] = matches;
  if (only && matches.length === 1) return only.id;
  if (!only) throw new BriefdeskError('not_found', `No brief has an id starting with “${given}” (\`briefdesk list\` shows the ids).`);
  const listed = matches
    .toSorted((a, b) => a.id.localeCompare(b.id))
    .slice(0, SHOWN)
    .map(line);
  if (matches.length > SHOWN) listed.push(`  … and ${matches.length - SHOWN} more`);
  throw new BriefdeskError(
    'invalid_input',
    `“${given}” is the beginning of ${matches.length} briefs’ ids; give more of it:\n${listed.join('\n')}`,
  );
}

/** Every brief of the library (live and in the Trash), for resolveBriefId. */
export function idCandidates(store: LibraryStore): IdCandidate[] {
  const rows = (trashed: boolean): IdCandidate[] =>
    store.list({ trash: trashed }).briefs.map((brief) => ({ id: brief.id, headline: brief.headline, trashed }));
  return [...rows(false), ...rows(true)];
}

/** Each of `given` resolved against the library (see resolveBriefId). */
export function resolveBriefIds(store: LibraryStore, given: readonly string[]): string[] {
  const candidates = idCandidates(store);
  return given.map((id) => resolveBriefId(id, candidates));
}
