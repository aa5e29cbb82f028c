import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachAsset } from '../../../../../renderer/editor/paste/paste-images';
import { cleanPaste, finishPaste, pastePurifiers } from '../../../../../renderer/editor/paste/prepare-paste';
import { BODY_HEADING_LEVELS } from '../../../../../shared/editor/body-extensions';
import { jsdomWindow } from './paste-dom-fixture';

const purifiers = pastePurifiers(jsdomWindow);
const FIXTURES = path.join(import.meta.dirname, '..', '..', '..', '..', 'fixtures', 'paste');
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

/** The markup the editor's parser would get, with the images the paste would store given `data-asset`s. */
function pasted(html: string): { markup: string; stored: number; dropped: { web: number; unreadable: number } } {
  const clean = cleanPaste(purifiers, html, BODY_HEADING_LEVELS);
  clean.pending.forEach((image, index) => attachAsset(image, { id: `${String(index).repeat(64)}.png`, width: 4, height: 3 }));
  // Spans and the whitespace between blocks make no difference to the editor's parser.
  const markup = finishPaste(purifiers, clean)
    .replace(/<\/?span>/g, '')
    .replace(/>\s+</g, '><')
    .trim();
  return { markup, stored: clean.pending.length, dropped: clean.dropped };
}

describe('a paste, cleaned', () => {
  it('keeps nothing that runs, loads or styles, whatever the source', () => {
    const { markup, dropped } = pasted(fixture('web-page.html'));
    expect(markup).not.toMatch(/on[a-z]+=|javascript:|vbscript:|<script|<style|<iframe|style=|<nav|Home/i);
    expect(dropped).toEqual({ web: 17, unreadable: 0 });
  });

  it('gives the web page its structure at the body’s levels, its three embedded images standing alone', () => {
    const { markup, stored } = pasted(fixture('web-page.html'));
    expect(stored).toBe(3);
    expect(markup.match(/<h\d>[^<]*/g)).toEqual(['<h2>Rotterdam throughput report', '<h3>Volumes by terminal', '<h4>Outlook']);
    expect(markup).toContain('<p>Paragraph two of the pasted report  with some filler after the picture.</p><img');
    expect(markup).toContain('<td><p>cell A</p></td><td><p>cell B</p></td>');
    expect(markup.match(/<img [^>]*>/g)?.every((image) => image.includes('data-asset=') && !image.includes('src='))).toBe(true);
  });

  it("turns Word's lists, title and quote into structure, with no marker and no empty paragraph", () => {
    const { markup, dropped } = pasted(fixture('word.html'));
    expect(markup).toMatch(/^<h2>Grain corridor outlook<\/h2><h2>/);
    expect(markup).toMatch(
      /<ul><li><p>Premiums up 40 %<\/p><ul><li><p>War-risk cover only<\/p><\/li><\/ul><\/li><li><p>Fewer sailings<\/p><\/li><\/ul>/,
    );
    expect(markup).toMatch(/<ol><li><p>The ceasefire talks<\/p><\/li><li><p>Harvest estimates<\/p><\/li><\/ol>/);
    expect(markup).toContain('<blockquote>');
    expect(markup).not.toMatch(/·|<p>\s*<\/p>|<p>&nbsp;<\/p>/);
    expect(dropped).toEqual({ web: 0, unreadable: 1 });
  });

  it('makes Google Docs bold only where it was bold', () => {
    const { markup } = pasted(fixture('google-docs.html'));
    expect(markup.match(/<(strong|b)>[^<]*/g)).toEqual(['<strong>doubled', '<strong>Country', '<strong>Urea, $/t']);
    expect(markup.match(/<em>[^<]*/g)).toEqual(['<em>per the ministry']);
    expect(markup).not.toContain('<br>');
  });

  it("leaves an editor's own copy at its levels and keeps its images", () => {
    const own = `<h2 data-pm-slice="1 1 []">Section</h2><h3>Sub</h3><img data-asset="${'c'.repeat(64)}.png" alt="Map">`;
    const { markup } = pasted(own);
    expect(markup).toBe(`<h2 data-pm-slice="1 1 []">Section</h2><h3>Sub</h3><img data-asset="${'c'.repeat(64)}.png" alt="Map">`);
  });

  it('never leaves an image that was not stored', () => {
    const clean = cleanPaste(purifiers, '<p>Text</p><img src="data:image/png;base64,iVBORw0KGgo=">', BODY_HEADING_LEVELS);
    expect(clean.pending).toHaveLength(1);
    expect(finishPaste(purifiers, clean)).toBe('<p>Text</p>');
  });
});
