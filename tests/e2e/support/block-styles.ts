import type { Locator, Page } from '@playwright/test';

/** What a reader sees of one element: its colours, type and alignment, and where its text starts. */
export interface SeenStyle {
  color: string;
  background: string;
  borderTop: string;
  borderStart: string;
  fontFamily: string;
  fontWeight: string;
  /** Font size over the body text's size (so a zoomed editor still compares). */
  sizeRatio: number;
  textAlign: string;
  textTransform: string;
  /** Where the text starts, in px from the start of the given block's content box. */
  textStart: number;
}

/**
 * The computed style of `element` (or of its `::before`), the text's start
 * measured from `block`'s content box and its size against `body`'s.
 */
export async function seenStyle(element: Locator, block: Locator, body: Locator, pseudo: '::before' | null = null): Promise<SeenStyle> {
  const blockHandle = await block.elementHandle();
  const bodyHandle = await body.elementHandle();
  return element.evaluate(
    (node, [blockNode, bodyNode, pseudoElement]) => {
      const px = (value: string): number => Number.parseFloat(value) || 0;
      const style = getComputedStyle(node, pseudoElement);
      const blockStyle = getComputedStyle(blockNode as Element);
      const ownStyle = getComputedStyle(node);
      const blockStart = (blockNode as Element).getBoundingClientRect().left + px(blockStyle.borderLeftWidth) + px(blockStyle.paddingLeft);
      // A ::before drawn at the element's start (as the page's numbers are) starts where the element's box does.
      const rect = node.getBoundingClientRect();
      const textStart = pseudoElement === null ? rect.left + px(ownStyle.borderLeftWidth) + px(ownStyle.paddingLeft) : rect.left;
      return {
        color: style.color,
        background: style.backgroundColor,
        borderTop: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`,
        borderStart: `${style.borderLeftWidth} ${style.borderLeftStyle} ${style.borderLeftColor}`,
        fontFamily: style.fontFamily,
        fontWeight: style.fontWeight,
        sizeRatio: Math.round((px(style.fontSize) / px(getComputedStyle(bodyNode as Element).fontSize)) * 1000) / 1000,
        textAlign: style.textAlign,
        textTransform: style.textTransform,
        // Rounded, and never -0 (a sub-pixel either side of the start is the start).
        textStart: Math.round(textStart - blockStart) + 0,
      };
    },
    [blockHandle, bodyHandle, pseudo] as const,
  );
}

/** The two colours of a cropped screenshot: its background (the most frequent pixel) and its ink (the most frequent far from it). */
export interface CropColours {
  background: [number, number, number];
  ink: [number, number, number];
}

/** Reads a PNG's pixels in the page (its canvas decodes it) and finds its background and ink. */
export async function cropColours(page: Page, png: Buffer): Promise<CropColours> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const pixels: [number, number, number][] = [];
    for (let at = 0; at < data.length; at += 4) pixels.push([data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0]);
    const mostFrequent = (list: [number, number, number][]): [number, number, number] => {
      const counts = new Map<string, number>();
      for (const pixel of list) counts.set(pixel.join(), (counts.get(pixel.join()) ?? 0) + 1);
      const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      const [r = 0, g = 0, b = 0] = (best?.[0] ?? '0,0,0').split(',').map(Number);
      return [r, g, b];
    };
    const background = mostFrequent(pixels);
    const distance = (pixel: [number, number, number]): number =>
      pixel.reduce((sum, channel, index) => sum + Math.abs(channel - (background[index] ?? 0)), 0);
    return { background, ink: mostFrequent(pixels.filter((pixel) => distance(pixel) > 120)) };
  }, png.toString('base64'));
}

/** The largest difference of one channel between two colours. */
export function channelDistance(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((channel, index) => Math.abs(channel - (b[index] ?? 0))));
}
