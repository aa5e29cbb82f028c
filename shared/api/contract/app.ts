import { z } from 'zod';
import { method, type Section } from './method';

/** What getAppInfo answers. */
export const AppInfo = z.object({
  version: z.string(),
  /** The shell serving the contract ('cli': the command line's runtime, which serves no page). */
  shell: z.enum(['desktop', 'browser', 'cli']),
  dataDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** The app itself. */
export const appContract = {
  /** Version, shell and data folder. */
  getAppInfo: method(z.object({}), AppInfo),
} satisfies Section;
