/** One core module of mutation testing. */
export interface CoreModule {
  title: string;
  /** Source files (globs) whose mutants are tested. */
  mutate: string[];
  /** The test files (globs) run against them. */
  testFiles: string[];
  /** Also run the WordPress tests (`*.wordpress.test.ts`) that these globs would match. */
  wordpress?: boolean;
}
/** The core modules, by name. */
export const coreModules: Record<string, CoreModule>;
