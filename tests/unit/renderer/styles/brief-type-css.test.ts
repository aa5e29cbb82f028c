// @vitest-environment happy-dom
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIEF_TYPE } from '../../../../shared/render/brief-type';
import { briefTypeCss, installBriefType } from '../../../../renderer/styles/brief-type-css';

const root = path.resolve(import.meta.dirname, '../../../..');

/** The editor's stylesheets that set the brief's own fields. */
const EDITOR_CSS = [
  'renderer/styles/editor.css',
  'renderer/styles/body.css',
  'renderer/nodes/key-takeaways/key-takeaways.css',
  'renderer/nodes/editors-desk/editors-desk.css',
];

describe('briefTypeCss', () => {
  const css = briefTypeCss();

  it('declares one font per part of the brief, in the brief’s own families', () => {
    for (const name of Object.keys(BRIEF_TYPE)) expect(css).toMatch(new RegExp(`--type-${name}: [^;]+;`));
    expect(css).toContain('--type-deskTitle: 700 1.5rem/1.25 var(--brief-serif);');
    expect(css).toContain('--type-takeaway: 1.0625rem/1.55 var(--brief-sans);');
    expect(css).toContain('--type-kicker-tracking: .12em;');
    expect(css).toMatch(/--brief-serif: "Iowan Old Style", [^;]+, serif;/);
  });

  it('scales with the writing column where the page scales with its window (cqi, never vw)', () => {
    expect(css).toContain('--type-headline: 700 clamp(1.875rem, 1.25rem + 3.2cqi, 3.25rem)/1.1 var(--brief-serif);');
    expect(css).toContain('--type-standfirst: 400 clamp(1.125rem, 1rem + .6cqi, 1.3125rem)/1.55 var(--brief-sans);');
    expect(css).not.toMatch(/\dvw\b/);
  });

  it('defines every --type-… property the editor’s stylesheets use (a misspelt one would fall back silently)', async () => {
    const used = new Set<string>();
    for (const file of EDITOR_CSS) {
      const text = await readFile(path.join(root, file), 'utf8');
      for (const match of text.matchAll(/var\((--type-[\w-]+)\)/g)) used.add(match[1] ?? '');
    }
    expect([...used].length).toBeGreaterThan(10);
    for (const property of used) expect(css, property).toContain(`${property}:`);
  });

  it('is added to the document once', () => {
    installBriefType(document);
    installBriefType(document);
    const styles = document.querySelectorAll('style#brief-type');
    expect(styles).toHaveLength(1);
    expect(styles[0]?.textContent).toBe(css);
  });
});
