// shared/ runs in Node and in the browser, so its tsconfig leaves out the DOM lib. The DOM types
// are still needed for the DOM nodes shared/ is handed: the editor schema's parseHTML, DOMPurify's
// hooks, the body renderer's window (jsdom in Node, the real one in a browser), and URL and
// structuredClone, which both runtimes have. A lib reference applies to the whole program, so
// `window` or `document` would still type-check here: ESLint's no-restricted-globals is what
// keeps DOM globals out of shared/ (eslint.config.js).
/// <reference lib="dom" />
