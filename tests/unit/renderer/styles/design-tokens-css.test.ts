// @vitest-environment happy-dom
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { designTokensCss } from '../../../../shared/render/design-tokens';
import { installDesignTokens } from '../../../../renderer/styles/design-tokens-css';

const root = path.resolve(import.meta.dirname, '../../../..');

/** The editor's stylesheets that set the brief's own fields and blocks. */
const EDITOR_CSS = [
  'renderer/styles/editor.css',
  'renderer/styles/body.css',
  'renderer/nodes/key-takeaways/key-takeaways.css',
  'renderer/nodes/editors-desk/editors-desk.css',
  'renderer/nodes/footnote/footnote.css',
  'renderer/nodes/table/table.css',
  'renderer/nodes/body-structure.css',
];

/** The custom properties the design tokens define (a misspelt one would fall back silently). */
const TOKEN_PROPERTY = /var\((--(?:type|brief|page|takeaways|desk|quote)-[\w-]+)\)/g;

describe('installDesignTokens', () => {
  it('defines every design token the editor’s stylesheets use', async () => {
    const css = designTokensCss();
    const used = new Set<string>();
    for (const file of EDITOR_CSS) {
      const text = await readFile(path.join(root, file), 'utf8');
      for (const match of text.matchAll(TOKEN_PROPERTY)) used.add(match[1] ?? '');
    }
    expect([...used].filter((name) => name.startsWith('--page-')).length).toBeGreaterThan(6);
    expect([...used].filter((name) => name.startsWith('--takeaways-') || name.startsWith('--desk-')).length).toBeGreaterThan(10);
    for (const property of used) expect(css, property).toContain(`${property}:`);
  });

  it('adds the tokens to the document once, before the app’s stylesheets', () => {
    document.head.append(document.createElement('style'));
    installDesignTokens(document);
    installDesignTokens(document);
    const styles = document.querySelectorAll('style#design-tokens');
    expect(styles).toHaveLength(1);
    expect(styles[0]?.textContent).toBe(designTokensCss());
    expect(document.head.firstElementChild).toBe(styles[0]);
  });
});
