// The core modules of mutation testing (npm run mutation): what each mutates, and the test files
// that guard it. Read by stryker.config.mjs, vitest.mutation.config.ts and scripts/mutation.mjs.

/**
 * The core modules and the tests that guard them. Left out this round: the library index, its
 * journal and verify-on-open and search (being rebuilt on SQLite), and code whose mutants only
 * a real Electron or PDF printer could kill.
 */
export const coreModules = {
  durability: {
    title: 'durability (the durable writer, JSON reads, file-system errors, quarantine, the lock)',
    mutate: [
      'main/services/library/durable-write.ts',
      'main/services/library/durable-fs.ts',
      'main/services/library/durable-json-file.ts',
      'main/services/library/read-json-file.ts',
      'main/services/library/io-error.ts',
      'main/services/library/quarantine.ts',
      'main/services/library/lock.ts',
    ],
    // The tests of these files and of what they guard (a damaged file, a power cut, the lock on open), not every
    // library test: StrykerJS runs a static mutant (a pattern, a message) against every test of the module.
    testFiles: [
      'tests/unit/main/services/library/durable-*.test.ts',
      'tests/unit/main/services/library/read-json-file.test.ts',
      'tests/unit/main/services/library/io-error.test.ts',
      'tests/unit/main/services/library/quarantine.test.ts',
      'tests/unit/main/services/library/lock.test.ts',
      'tests/unit/main/services/library/open-library.test.ts',
      'tests/unit/main/services/library/library-store.power-cut.test.ts',
      'tests/unit/main/services/library/library-store.damaged.test.ts',
    ],
  },
  storage: {
    title: 'storage (brief files, the store, lowdb collection files, assets)',
    mutate: [
      'main/services/library/brief-file.ts',
      'main/services/library/brief-records.ts',
      'main/services/library/brief-validation.ts',
      'main/services/library/library-store.ts',
      'main/services/library/library-file.ts',
      'main/services/library/collection-file.ts',
      'main/services/library/parse-versioned.ts',
      'main/services/library/asset-store.ts',
      'main/services/library/keyed-queue.ts',
      'main/services/library/open-library.ts',
    ],
    testFiles: [
      'tests/unit/main/services/library/**/*.test.ts',
      'tests/unit/main/services/templates/**/*.test.ts',
      'tests/unit/main/services/desk/**/*.test.ts',
      'tests/unit/main/services/recovery/**/*.test.ts',
      'tests/unit/main/services/migrations/**/*.test.ts',
    ],
  },
  model: {
    title: 'model and schemas (brief, templates, desk blocks, errors, word count)',
    mutate: ['shared/model/*.ts'],
    // Only the model's own tests: most of its mutants are module-level schemas and constants, which
    // StrykerJS runs against every test of the module; the store and import tests would make each cost minutes.
    testFiles: ['tests/unit/shared/model/**/*.test.ts'],
    // Even so, a static mutant cost 10–18 s on the shared machine (load about 24): 211 of them, over an hour.
    // Until a quieter machine runs them, they are left out (reported as "static, left out").
    ignoreStatic: true,
  },
  render: {
    title: 'rendering (HTML page, body sanitizer, JSON-LD, index page, page styles)',
    mutate: [
      'shared/render/*.ts',
      '!shared/render/*markdown*.ts',
      'main/services/export/export-brief-html.ts',
      'main/services/export/html-export-context.ts',
    ],
    testFiles: [
      'tests/unit/shared/render/**/*.test.ts',
      'tests/unit/main/services/export/export-brief-*.test.ts',
      'tests/unit/main/services/export/prepare-for-export.test.ts',
      'tests/unit/main/services/import/import-briefdesk-page.test.ts',
    ],
  },
  markdown: {
    title: 'Markdown export (front matter, body, Editor’s Desk containers, tables, code, lists)',
    mutate: ['shared/render/*markdown*.ts', 'main/services/export/export-brief-markdown.ts'],
    testFiles: [
      'tests/unit/shared/render/body-markdown*.test.ts',
      'tests/unit/main/services/export/export-brief-markdown*.test.ts',
      'tests/unit/main/services/export/export-brief-html.tables.test.ts',
      'tests/unit/main/services/export/prepare-for-export.empty-blocks.test.ts',
      'tests/unit/main/services/import/import-markdown.test.ts',
    ],
  },
  import: {
    title: 'import (JSON, Markdown, HTML, DOCX, plain text; foreign HTML sanitizer)',
    mutate: [
      'main/services/import/*.ts',
      'shared/editor/sanitize-foreign-html.ts',
      'shared/editor/sanitize-rules.ts',
      'shared/editor/link-policy.ts',
    ],
    testFiles: ['tests/unit/main/services/import/**/*.test.ts', 'tests/unit/shared/editor/body-extensions.test.ts'],
  },
  publish: {
    title: 'publishing (WordPress over REST, publications, the publish service)',
    mutate: [
      'main/services/publish/wordpress/*.ts',
      'main/services/publish/publications.ts',
      'main/services/publish/published-records.ts',
      'main/services/publish/publish-service.ts',
    ],
    testFiles: ['tests/unit/main/services/publish/**/*.test.ts', 'tests/unit/main/runtime/handlers/publish-handlers*.test.ts'],
    wordpress: true,
  },
  outbox: {
    title: 'the outbox and its runner',
    mutate: ['main/services/publish/outbox.ts', 'main/services/publish/outbox-runner.ts', 'shared/publish/outbox-job.ts'],
    testFiles: ['tests/unit/main/services/publish/outbox*.test.ts', 'tests/unit/main/runtime/handlers/publish-handlers*.test.ts'],
    wordpress: true,
  },
};
