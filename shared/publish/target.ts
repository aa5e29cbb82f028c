import { z } from 'zod';

/** Id of a publishing target (stable: publication records are kept under it). */
export const TargetId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Not a target id');
export type TargetId = z.infer<typeof TargetId>;

/** The name the analyst gives a target ("Harbour Desk site"): trimmed, 1–80 characters. */
export const TargetName = z.string().trim().min(1, 'A target needs a name').max(80, 'A target name is at most 80 characters');

/** An application password as typed (WordPress shows it in groups of four, spaces are ignored). */
export const ApplicationPassword = z.string().min(1, 'The application password is empty').max(200);

/** A WordPress site as the renderer sees it: never the password, only whether one is stored. */
export const PublicWordPressTarget = z.object({
  id: TargetId,
  name: TargetName,
  kind: z.literal('wordpress'),
  /** The site's address, e.g. https://example.com/blog. */
  url: z.url({ protocol: /^https?$/ }),
  username: z.string().min(1).max(200),
  /** True when an application password is stored for the target. */
  hasPassword: z.boolean(),
});

/** A static-site folder target. */
export const FolderTarget = z.object({
  id: TargetId,
  name: TargetName,
  kind: z.literal('folder'),
  /** Absolute path of the static-site folder. */
  folder: z.string().min(1),
  /** Where the folder is served (absolute feed links, sitemap), or null. */
  baseUrl: z.string().nullable(),
});

/**
 * A publishing target as the renderer sees it: never the password, only
 * whether one is stored.
 */
export const PublishTarget = z.discriminatedUnion('kind', [PublicWordPressTarget, FolderTarget]);
export type PublishTarget = z.infer<typeof PublishTarget>;

/**
 * A target to save (or test): without `id` a new one; with it, that target
 * changed. The application password is write-only: given, it replaces the
 * stored one; left out, the stored one is kept (a new WordPress target needs one).
 */
export const TargetInput = z.discriminatedUnion('kind', [
  z.object({
    id: TargetId.optional(),
    name: TargetName,
    kind: z.literal('wordpress'),
    url: z.url({ protocol: /^https?$/, error: 'The site address must be an http(s) URL' }),
    username: z.string().trim().min(1, 'The user name is empty').max(200),
    applicationPassword: ApplicationPassword.optional(),
  }),
  z.object({
    id: TargetId.optional(),
    name: TargetName,
    kind: z.literal('folder'),
    folder: z.string().trim().min(1, 'The folder is empty').max(4096),
    baseUrl: z
      .url({ protocol: /^https?$/, error: 'The base URL must be an http(s) URL' })
      .nullable()
      .default(null),
  }),
]);
export type TargetInput = z.input<typeof TargetInput>;
export type ParsedTargetInput = z.output<typeof TargetInput>;

/** What "Test connection" found: ok, or the problem in words. */
export const TargetTestResult = z.object({
  ok: z.boolean(),
  message: z.string(),
  /** What went wrong (`auth`, `unreachable`, `not_writable`…), null when ok. */
  problem: z.string().nullable(),
  /** True when trying again later unchanged may work. */
  retryable: z.boolean(),
});
export type TargetTestResult = z.infer<typeof TargetTestResult>;
