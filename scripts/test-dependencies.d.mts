/** One thing the tests need from the machine. */
export interface TestDependency {
  name: string;
  missing: boolean;
  /** What exactly is missing. */
  detail: string;
  /** Which tests need it. */
  needed: string;
  /** The command that installs it on Debian. */
  install: string;
}
/** What of the WordPress harness is missing here (empty: nothing). */
export function missingWordPressParts(): string[];
/** The Chromium the browser tests use: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(): string | undefined;
/** Each thing the tests need from the machine, and whether it is missing. */
export function testDependencies(): TestDependency[];
