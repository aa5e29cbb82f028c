import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { configureImportSanitizer, sanitizeImportHtml, sanitizePastedHtml } from '../../../../shared/editor/sanitize-foreign-html';

const window = new JSDOM('<!doctype html><html><body></body></html>').window;
const purify = createDOMPurify(window);
configureImportSanitizer(purify);

/** Pasted HTML, sanitized, parsed again as the editor's clipboard parser reads it. */
function pasted(html: string): Element {
  const container = window.document.createElement('div');
  container.innerHTML = sanitizePastedHtml(purify, html);
  return container;
}

function imported(html: string): Element {
  const container = window.document.createElement('div');
  container.append(sanitizeImportHtml(purify, html));
  return container;
}

const HASH = 'ab'.repeat(32);

describe('image sources of pasted and imported HTML', () => {
  const refused = [
    ['a script URL', 'javascript:alert(1)'],
    ['a script URL in mixed case with spaces', ' JaVaScRiPt:alert(1)'],
    ['a local file', 'file:///etc/passwd'],
    ['a protocol-relative address', '//tracker.example/pixel.png'],
    ['a Windows share', '\\\\server\\share\\pixel.png'],
    ['an SVG (it can hold script)', 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+'],
    ['an HTML document', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['an FTP address', 'ftp://example.org/pixel.png'],
    ['the blob of another page', 'blob:https://example.org/1234'],
  ] as const;
  const kept = [
    ['a web image', 'https://example.org/chart.png'],
    ['embedded PNG bytes', 'data:image/png;base64,iVBORw0KGgo='],
    ['a picture beside the file', 'pics/chart.png'],
  ] as const;

  for (const [sanitize, name] of [
    [pasted, 'pasted'],
    [imported, 'imported'],
  ] as const) {
    it.each(refused)(`${name}: an image from %s loses its source`, (_label, src) => {
      const images = [...sanitize(`<p>Before <img src="${src}" alt="kept alt"> after</p>`).querySelectorAll('img')];
      expect(images.map((image) => image.getAttribute('src'))).toEqual(images.map(() => null));
    });

    it.each(kept)(`${name}: an image from %s keeps it`, (_label, src) => {
      const images = [...sanitize(`<p><img src="${src}" alt="chart"></p>`).querySelectorAll('img')];
      expect(images.map((image) => image.getAttribute('src'))).toEqual([src]);
    });
  }

  it("keeps the editor's own references only when they are what the editor writes", () => {
    const container = pasted(
      `<img data-asset="${HASH}.png" alt="ours"><img data-asset="../../${HASH}.png" alt="climbing"><img data-asset="${HASH}.svg" alt="svg">` +
        '<aside class="editors-desk" data-library-ref="desk-1"></aside><aside class="editors-desk" data-library-ref="../x"></aside>',
    );
    expect([...container.querySelectorAll('img')].map((image) => image.getAttribute('data-asset'))).toEqual([`${HASH}.png`, null, null]);
    expect([...container.querySelectorAll('aside')].map((aside) => aside.getAttribute('data-library-ref'))).toEqual(['desk-1', null]);
    // An import takes none of the editor's own attributes.
    expect(imported(`<img data-asset="${HASH}.png" src="pics/a.png" alt="x">`).querySelector('img')?.hasAttribute('data-asset')).toBe(
      false,
    );
  });

  it('keeps links to http(s) and mailto only', () => {
    const container = pasted(
      '<a href="javascript:alert(1)">a</a><a href="file:///etc/passwd">b</a><a href="data:text/html,x">c</a>' +
        '<a href="https://example.org/">d</a><a href="mailto:desk@example.org">e</a>',
    );
    expect([...container.querySelectorAll('a')].map((anchor) => anchor.getAttribute('href'))).toEqual([
      null,
      null,
      null,
      'https://example.org/',
      'mailto:desk@example.org',
    ]);
  });
});
