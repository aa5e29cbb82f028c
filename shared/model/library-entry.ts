import { z } from 'zod';

/** Longest name of a template or desk-library block, in characters. */
export const ENTRY_NAME_MAX = 120;

/** Id of a template or a desk-library block (also a brief's `libraryRef`). */
export const EntryId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'An id is 1–64 letters, digits, "-" or "_"');
export type EntryId = z.infer<typeof EntryId>;

/** The name an analyst gives a template or a desk-library block: trimmed, 1–120 characters. */
export const EntryName = z
  .string()
  .trim()
  .min(1, 'A name is required')
  .max(ENTRY_NAME_MAX, `A name is at most ${ENTRY_NAME_MAX} characters`);

/** Names compare case-insensitively and ignoring surrounding space. */
export function sameEntryName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** Order of library lists: by name (case-insensitive), then id. */
export function byEntryName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id);
}
