/** The repository's root folder. */
export const root: string;
/** Runs `npm run build` if the build is missing or stale; exits on failure. */
export function ensureBuild(): void;
