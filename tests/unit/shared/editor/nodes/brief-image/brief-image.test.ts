// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BriefImage } from '../../../../../../shared/editor/nodes/brief-image';
import type { BodyDoc, PmNodeJson } from '../../../../../../shared/model/brief';
import { renderBodyMarkdown } from '../../../../../../shared/render/body-markdown';
import { bodyLines } from '../../../../../../shared/revisions/body-lines';
import { expectHtmlRoundTrip, nodeTestExtensions } from '../node-round-trip';

const extensions = nodeTestExtensions([BriefImage]);

const ASSET = `${'a'.repeat(64)}.png`;
const image = (attrs: Record<string, unknown>): PmNodeJson => ({
  type: 'image',
  attrs: { src: null, alt: '', title: null, width: null, height: null, ...attrs },
});

/** A library image with its size and a web image with a title. */
const body: BodyDoc = {
  type: 'doc',
  content: [
    image({ src: `asset:${ASSET}`, alt: 'Cranes at the quay (dusk)', width: 640, height: 480 }),
    image({ src: 'https://example.org/chart.png', alt: '', title: 'Throughput' }),
  ],
};

describe('Brief image node', () => {
  it('round-trips JSON → HTML → JSON in a headless editor, the asset in data-asset', () => {
    expectHtmlRoundTrip(
      extensions,
      body,
      `<img alt="Cranes at the quay (dusk)" width="640" height="480" src="" data-asset="${ASSET}">` +
        '<img alt="" title="Throughput" src="https://example.org/chart.png">',
    );
  });

  it('writes Markdown with the export’s image URL, and leaves out an image without one', () => {
    const markdown = renderBodyMarkdown(body, { imageUrl: (src) => (src.startsWith('asset:') ? `brief assets/${src.slice(6)}` : null) });
    expect(markdown).toBe(`![Cranes at the quay (dusk)](brief%20assets/${ASSET})\n`);
  });

  it('gives a diff line with its alt text, or its source without one', () => {
    expect(bodyLines(body).map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'image', text: '[Image: Cranes at the quay (dusk)]' },
      { kind: 'image', text: '[Image: https://example.org/chart.png]' },
    ]);
  });
});
