// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { generateHTML, generateJSON } from '@tiptap/core';
import { bodyExtensions } from '../../../../shared/editor/body-extensions';
import { bodyProblem } from '../../../../shared/editor/validate-body';
import type { BodyDoc } from '../../../../shared/model/brief';

const asset = `${'a'.repeat(64)}.png`;

const doc: BodyDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2, anchor: null }, content: [{ type: 'text', text: 'Where the talks stand' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Ministers meet in ' },
        { type: 'text', marks: [{ type: 'bold' }], text: 'Lisbon' },
        { type: 'text', text: ' on ' },
        { type: 'text', marks: [{ type: 'italic' }], text: 'Thursday' },
        { type: 'text', text: ', says ' },
        {
          type: 'text',
          marks: [
            {
              type: 'link',
              attrs: { href: 'https://example.org/report', target: null, rel: 'noopener noreferrer', class: null, title: null },
            },
          ],
          text: 'the report',
        },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Grid capacity' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Port access' }] }] },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 1, type: null },
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First' }] }] }],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: '“We are close,” she said.' }] }] },
    { type: 'image', attrs: { src: `asset:${asset}`, alt: 'A harbour crane at dusk', title: null, width: null, height: null } },
  ],
};

describe('body schema', () => {
  it('round-trips JSON → HTML → JSON with marks, lists, quotes and asset images', () => {
    const extensions = bodyExtensions({ resolveImageSrc: (src) => `/files/${src.slice('asset:'.length)}` });
    const html = generateHTML(doc, extensions);
    expect(html).toContain(`data-asset="${asset}"`);
    expect(html).toContain(`src="/files/${asset}"`);
    expect(html).toContain('<strong>Lisbon</strong>');
    const back = generateJSON(html, extensions);
    expect(back).toEqual(doc);
  });

  it('drops javascript: links and non-http images when parsing HTML', () => {
    const extensions = bodyExtensions();
    const json = generateJSON(
      '<p><a href="javascript:alert(1)">x</a><img src="data:image/png;base64,AAAA"><img src="javascript:alert(1)"></p>',
      extensions,
    );
    expect(JSON.stringify(json)).not.toContain('javascript:');
    expect(JSON.stringify(json)).not.toContain('data:image');
  });

  it('accepts a valid body and explains an invalid one', () => {
    expect(bodyProblem(doc)).toBeNull();
    expect(bodyProblem({ type: 'doc', content: [{ type: 'marquee' }] })).toMatch(/schema/);
    expect(bodyProblem({ type: 'doc', content: [{ type: 'text', text: 'loose text' }] })).toMatch(/schema/);
  });
});
