import type { HeroImage } from '../../../shared/model/brief';
import { hasClass, isParagraph, isTextBlock, textOf } from './block-text';
import { assetIdForSrc, type ImageSources } from './import-image-sources';

/** The single image a block shows with nothing else (a figure, a bare image, a paragraph holding only an image). */
function loneImage(block: Element): Element | null {
  const images = block.localName === 'img' ? [block] : Array.from(block.querySelectorAll('img'));
  const [image] = images;
  if (images.length !== 1 || !image || image.localName !== 'img') return null;
  if (block.localName === 'figure' || block.localName === 'img') return image;
  return isParagraph(block) && (block.textContent ?? '').trim() === '' ? image : null;
}

/**
 * The hero image of a document: an image standing alone before the first
 * paragraph of text in the body (a figure with its caption and `.credit`,
 * or a Word picture followed by a paragraph in the Caption style). It is
 * taken out of `body` only when its bytes can be imported; otherwise its
 * alt text stays in the body in its place (the problem is counted).
 */
export async function readHero(body: Element[], sources: ImageSources): Promise<HeroImage | null> {
  const index = body.findIndex((block) => loneImage(block) !== null || (isTextBlock(block) && textOf(block) !== ''));
  const block = body[index];
  const image = block ? loneImage(block) : null;
  if (!block || !image) return null;
  const asset = await assetIdForSrc(image.getAttribute('src') ?? '', sources);
  if (asset === null) {
    // Counted once, here: the description stays as text in the body.
    const alt = (image.getAttribute('alt') ?? '').trim();
    image.replaceWith(...(alt ? [image.ownerDocument.createTextNode(alt)] : []));
    return null;
  }
  const credit = block.querySelector('.credit');
  const creditText = credit ? textOf(credit) : '';
  credit?.remove();
  const figcaption = block.querySelector('figcaption');
  let caption = figcaption ? textOf(figcaption) : '';
  const next = body[index + 1];
  let taken = 1;
  if (!figcaption && next && isParagraph(next) && hasClass(next, ['caption'])) {
    caption = textOf(next);
    taken = 2;
  }
  body.splice(index, taken);
  return { asset, alt: (image.getAttribute('alt') ?? '').trim(), caption, credit: creditText };
}
