import { createHash } from 'node:crypto';
import { z } from 'zod';
import { BriefContent } from '../../shared/model/brief';

/**
 * What the crash child reports on stdout, one JSON object a line. A line is
 * written (synchronously, to a pipe) only after the operation it reports
 * has resolved, so an acknowledged write is one the store said was done.
 */
export const Op = z.enum(['create', 'save', 'image', 'duplicate', 'trash', 'untrash', 'purge', 'version', 'snapshot', 'restore-revision']);
export type Op = z.infer<typeof Op>;

/** An operation about to start; `hash` is the content it will write, when known. */
export const BeginLine = z.object({
  t: z.literal('begin'),
  worker: z.number().int(),
  op: Op,
  id: z.string().optional(),
  hash: z.string().optional(),
});
export type BeginLine = z.infer<typeof BeginLine>;

/** An operation that resolved, with the brief's state it left (revision, content hash, in the Trash or not). */
export const AckLine = z.object({
  t: z.literal('ack'),
  worker: z.number().int(),
  op: Op,
  id: z.string().optional(),
  revision: z.number().int().optional(),
  hash: z.string().optional(),
  trashed: z.boolean().optional(),
  asset: z.string().optional(),
  revisionId: z.string().optional(),
});
export type AckLine = z.infer<typeof AckLine>;

/** "start": the child is about to open the library (the kill delay counts from here); "ready": it is open. */
export const ChildLine = z.discriminatedUnion('t', [
  z.object({ t: z.literal('start') }),
  z.object({ t: z.literal('ready') }),
  BeginLine,
  AckLine,
]);
export type ChildLine = z.infer<typeof ChildLine>;

/** What the harness sends a loaded child on stdin to make it start. */
export const GoLine = z.object({ seed: z.number().int(), clockStart: z.number() });
export type GoLine = z.infer<typeof GoLine>;

/** A short hash of a brief's editable content (BriefContent, in schema order). */
export function contentHash(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(BriefContent.parse(value)))
    .digest('hex')
    .slice(0, 20);
}
