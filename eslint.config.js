// ESLint: typescript-eslint's recommended rules, the React hooks rules, and the boundaries of
// ARCHITECTURE.md (which side may import what) as lint rules. Formatting is Prettier's job
// (eslint-config-prettier, last, turns off every rule it would fight with).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];
/** The app's own code (tests, scripts and the benchmark are not part of a side). */
const APP = ['shared/**', 'main/**', 'renderer/**'];

/** Browser globals that Node does not have, plus the few Node has only as browser look-alikes. */
const domGlobals = [
  ...Object.keys(globals.browser).filter((name) => !(name in globals.node) && !(name in globals.builtin)),
  'navigator',
  'Navigator',
  'localStorage',
  'sessionStorage',
  'Storage',
];

// The parts of the tree, by folder. The first matching descriptor wins, so specific folders
// come before their catch-all (main/*, renderer/*). Folders that do not exist yet match nothing.
const elements = [
  { type: 'shared', pattern: 'shared' },
  { type: 'services', pattern: 'main/services' },
  { type: 'runtime', pattern: 'main/runtime' },
  { type: 'desktop', pattern: 'main/desktop' },
  { type: 'web', pattern: 'main/web' },
  { type: 'cli', pattern: 'main/cli' },
  { type: 'main-support', pattern: 'main/*' },
  { type: 'renderer-app', pattern: 'renderer/app' },
  { type: 'renderer-ui', pattern: 'renderer/ui' },
  { type: 'renderer-styles', pattern: 'renderer/styles' },
  { type: 'renderer-feature', pattern: 'renderer/*', capture: ['feature'] },
  // What is left of renderer/ is its entry point (main.tsx), which puts the app together.
  { type: 'renderer-entry', pattern: 'renderer' },
].map((element) => ({ ...element, partialMatch: false }));

const MAIN = ['services', 'runtime', 'desktop', 'web', 'cli', 'main-support'];
const RENDERER = ['renderer-app', 'renderer-ui', 'renderer-styles', 'renderer-entry', 'renderer-feature'];
const SHELLS = ['desktop', 'web', 'cli'];
const from = (...types) => ({ element: { types: { anyOf: types } } });
const to = (...types) => ({ to: { element: { types: { anyOf: types } } } });

/** Which part may import which: everything not disallowed here is allowed. */
const dependencyPolicies = [
  {
    from: from('shared'),
    disallow: to(...MAIN, ...RENDERER),
    message: 'shared/ is used by every side: it imports neither main/ nor renderer/ ({{ to.element.path }}).',
  },
  {
    from: from('shared'),
    disallow: { to: { module: { origin: 'core' } } },
    message: 'shared/ runs in the browser too: it imports no Node built-in ({{ dependency.source }}).',
  },
  {
    from: from('services'),
    disallow: to('runtime', ...SHELLS),
    message: 'main/services/ is plain Node: it imports neither the runtime nor a shell ({{ to.element.path }}).',
  },
  {
    from: from('runtime'),
    disallow: to(...SHELLS),
    message: 'main/runtime/ is what the shells start: it imports no shell ({{ to.element.path }}).',
  },
  ...SHELLS.map((shell) => ({
    from: from(shell),
    disallow: to(...SHELLS.filter((other) => other !== shell)),
    message: 'A shell does not import another shell: what both need belongs in main/runtime/ or main/services/.',
  })),
  {
    from: from(...MAIN),
    disallow: to(...RENDERER),
    message: 'main/ does not import renderer/ ({{ to.element.path }}): what both need belongs in shared/.',
  },
  {
    from: from(...RENDERER),
    disallow: to(...MAIN),
    message: 'renderer/ knows only the API object: it never imports main/ ({{ to.element.path }}).',
  },
  {
    from: from('renderer-ui'),
    disallow: { to: { element: { types: { noneOf: ['renderer-ui', 'renderer-styles', 'shared'] } } } },
    message: 'renderer/ui/ holds plain components: it imports only renderer/ui/ and shared/ ({{ to.element.path }}).',
  },
  {
    from: from('renderer-feature'),
    disallow: to('renderer-app'),
    message: 'A feature folder does not import renderer/app/: take what it needs as props or from a context it owns.',
  },
  {
    from: { element: { types: { noneOf: ['desktop'] } } },
    disallow: { to: { module: { source: 'electron' } } },
    message: 'Only main/desktop/ imports electron: the services, the other shells and renderer/ run without it.',
  },
];

/** ipcMain / ipcRenderer are used only inside their wrappers (as GitHub Desktop's lint does). */
function ipcRestrictions(name, owner) {
  const message = `Only ${owner} touches ${name}: use the wrapper it provides.`;
  return {
    imports: { name: 'electron', importNames: [name], message },
    property: { property: name, message },
  };
}
const ipcMain = ipcRestrictions('ipcMain', 'main/desktop/ipc.ts');
const ipcRenderer = ipcRestrictions('ipcRenderer', 'main/desktop/preload.ts');

export default defineConfig(
  globalIgnores(['dist/', 'release/', 'test-results/', 'playwright-report/', 'tests/wordpress/php/', '.stryker-tmp/', 'reports/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { ecmaVersion: 2023 },
  },
  js.configs.recommended,
  {
    files: TS,
    extends: [tseslint.configs.recommended],
  },
  {
    files: [...JS, 'scripts/**', 'tests/**', 'bench/**', 'main/**', '*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests, the benchmark and the screenshot script also run functions inside a page.
    files: ['renderer/**', 'tests/**', 'bench/**', 'scripts/screenshot.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: TS,
    rules: {
      // A leading underscore marks what is left unused on purpose (an ignored argument, a field dropped by rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // The classic hooks rules. The React Compiler's rules (refs, set-state-in-effect, purity…) are left out:
    // the app is not compiled by it, they flag the deliberate "latest value in a ref" pattern, and they
    // doubled the time of the whole lint.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx', 'tests/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  // Boundaries between the parts of the app.
  {
    files: APP,
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': elements,
      'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export', 'require'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'allow', checkAllOrigins: true, policies: dependencyPolicies }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({
          name,
          message: 'shared/ runs in Node too: no DOM globals (take a window or document as a parameter).',
        })),
      ],
    },
  },
  {
    files: APP,
    ignores: ['main/desktop/ipc.ts', 'main/desktop/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ipcMain.imports, ipcRenderer.imports] }],
      'no-restricted-properties': ['error', ipcMain.property, ipcRenderer.property],
    },
  },
  {
    files: ['main/desktop/ipc.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ipcRenderer.imports] }],
      'no-restricted-properties': ['error', ipcRenderer.property],
    },
  },
  {
    files: ['main/desktop/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ipcMain.imports] }],
      'no-restricted-properties': ['error', ipcMain.property],
    },
  },
  {
    files: ['main/desktop/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        // 'briefdesk:saveBrief', `briefdesk:${name}` or 'briefdesk:' + name (a message like 'briefdesk: …' is fine).
        ...['Literal[value=/^briefdesk:([A-Za-z]|$)/]', 'TemplateElement[value.raw=/^briefdesk:([A-Za-z]|$)/]'].map((selector) => ({
          selector,
          message: "No hand-written 'briefdesk:<method>' IPC channel: channels come from the contract (ipcChannel).",
        })),
      ],
    },
  },

  // No focused test may be committed: it would silently skip the rest of the suite.
  {
    files: ['tests/**'],
    rules: {
      // Playwright reads a fixture's dependencies from its first parameter: `async ({}, use) => …`.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > MemberExpression.callee[property.name="only"]',
          message: 'A focused test (.only) would skip the rest of the suite: remove it before committing.',
        },
      ],
    },
  },

  prettier,
);
