import { config } from 'zod';

// The page's Content-Security-Policy forbids eval. Without this, each zod object
// schema probes `new Function` when it is built (to choose a compiled fast path),
// and Chromium reports every probe as a CSP violation. Imported first by main.tsx,
// before any schema is built.
config({ jitless: true });
