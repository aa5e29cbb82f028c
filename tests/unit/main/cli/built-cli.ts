import path from 'node:path';

/** The built CLI (dist/cli/main.js, built once by the unit tests' global setup): what `bin/briefdesk.js` runs. */
export const BUILT_CLI = path.resolve(import.meta.dirname, '../../../../dist/cli/main.js');

/** The command as installed: builds first when run from a source checkout whose build is stale, then runs the built CLI. */
export const BIN_BRIEFDESK = path.resolve(import.meta.dirname, '../../../../bin/briefdesk.js');
