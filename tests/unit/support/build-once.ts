import { ensureBuild } from '../../../scripts/ensure-build.mjs';

/**
 * Global setup of the unit tests: build the app once, before any test file
 * runs, when dist/ is missing or older than the sources. The CLI tests then
 * run the built CLI (dist/cli/main.js) directly, so the command never
 * rebuilds — nor says so on stderr — in the middle of a test.
 */
export default function setup(): void {
  ensureBuild();
}
