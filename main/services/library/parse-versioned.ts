import type { z } from 'zod';
import { BriefdeskError } from '../../../shared/model/errors';

/** How a versioned JSON file is checked. */
export interface VersionedFormat<T> {
  schema: z.ZodType<T>;
  /** The newest version this Briefdesk reads. */
  version: number;
  /** The key holding the file's version. @default 'schemaVersion' */
  versionKey?: string;
  /** What to say of a file written by a newer Briefdesk (version `found`). */
  newer: (found: number) => string;
  /** What to say of a file that does not match `schema`. */
  damaged: (error: z.ZodError) => string;
  /** Upgrades run on the value before it is checked (see runMigrations). */
  upgrade?: (value: unknown) => unknown;
}

/** The version a JSON value states under `key`, or null. */
function statedVersion(value: unknown, key: string): number | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const version: unknown = Reflect.get(value, key);
  return typeof version === 'number' ? version : null;
}

/**
 * Check a value read from a versioned JSON file. One written by a newer
 * Briefdesk throws 'unsupported' (it must not be overwritten); one that does
 * not match the format (after `upgrade`) throws 'damaged'.
 */
export function parseVersioned<T>(value: unknown, format: VersionedFormat<T>): T {
  const found = statedVersion(value, format.versionKey ?? 'schemaVersion');
  if (found !== null && found > format.version) throw new BriefdeskError('unsupported', format.newer(found));
  const parsed = format.schema.safeParse(format.upgrade ? format.upgrade(value) : value);
  if (!parsed.success) throw new BriefdeskError('damaged', format.damaged(parsed.error));
  return parsed.data;
}
