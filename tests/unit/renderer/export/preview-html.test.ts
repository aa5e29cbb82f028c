import { describe, expect, it } from 'vitest';
import { BRIEF_PAGE_CSS } from '../../../../shared/render/brief-page-css';
import { previewHtml } from '../../../../renderer/export/preview-html';

const page = (body: string) =>
  `<!doctype html>\n<html><head><title>t</title><style>${BRIEF_PAGE_CSS}</style></head><body>${body}</body></html>`;
const styleOf = (html: string) => html.slice(html.indexOf('<style>') + 7, html.indexOf('</style>'));

describe('previewHtml', () => {
  it('finds the dark and print blocks of the exported stylesheet (one of each)', () => {
    expect(BRIEF_PAGE_CSS.match(/@media \(prefers-color-scheme: dark\) \{/g)).toHaveLength(1);
    expect(BRIEF_PAGE_CSS.match(/@media print \{/g)).toHaveLength(1);
  });

  it('light turns the dark rules off, dark turns them on; nothing else changes', () => {
    const html = page('<p>x</p>');
    const light = previewHtml(html, 'light');
    const dark = previewHtml(html, 'dark');
    expect(styleOf(light)).toBe(BRIEF_PAGE_CSS.replace('@media (prefers-color-scheme: dark) {', '@media not all {'));
    expect(styleOf(dark)).toBe(BRIEF_PAGE_CSS.replace('@media (prefers-color-scheme: dark) {', '@media all {'));
    expect(light.replace(styleOf(light), '')).toBe(html.replace(BRIEF_PAGE_CSS, ''));
  });

  it('print applies the print rules after the screen rules, on an A4 sheet', () => {
    const printed = previewHtml(page('<p>x</p>'), 'print');
    const css = styleOf(printed);
    expect(css).not.toContain('@media print');
    expect(css).toContain('@media not all {');
    expect(css.lastIndexOf('@media all {')).toBeGreaterThan(css.indexOf('.colophon'));
    expect(printed).toContain('inline-size: 210mm');
  });

  it('leaves text in the brief alone, even when it reads like CSS', () => {
    const body = '<p>@media print { body { color: red } }</p>';
    expect(previewHtml(page(body), 'print')).toContain(body);
    expect(previewHtml('<p>no stylesheet</p>', 'dark')).toBe('<p>no stylesheet</p>');
  });
});
