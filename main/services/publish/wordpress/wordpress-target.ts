import { z } from 'zod';

/** A WordPress site to publish to, signed in with an application password. */
export const WordPressTarget = z.object({
  /** Stable id of the target; publication records are kept under it. */
  id: z.string().min(1).max(200),
  /** The site's address, e.g. https://example.com or https://example.com/blog. */
  url: z.url({ protocol: /^https?$/ }),
  /** The WordPress user name. */
  username: z.string().min(1).max(200),
  /** An application password of that user (Users → Profile → Application Passwords); spaces are ignored. */
  applicationPassword: z.string().min(1).max(200),
});
export type WordPressTarget = z.infer<typeof WordPressTarget>;

/** What is needed to reach a site: the target without its id. */
export type WordPressSite = Pick<WordPressTarget, 'url' | 'username' | 'applicationPassword'>;
