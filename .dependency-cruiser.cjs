// dependency-cruiser (`depcruise`, part of `npm run lint`): no import cycle in the app's code, and
// no import that does not resolve. Which part may import which is ESLint's job (eslint.config.js).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Modules that import each other, directly or through others, load in an order that depends on ' +
        'which one is imported first, and cannot be understood or moved apart one at a time. Type-only ' +
        'imports count too: a cycle through types still ties the modules together. Break the cycle by ' +
        'moving what both need into a third module, or by handing one side what it needs as a parameter.',
      from: { path: '^(main|shared|renderer)/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file or package: a typo, a moved module or a missing dependency.',
      from: { path: '^(main|shared|renderer)/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports (`import type`) are dependencies too (see no-circular).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
