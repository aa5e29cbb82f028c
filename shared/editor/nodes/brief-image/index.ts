/**
 * The body's image: a library asset (`asset:<id>`) or a web image, its
 * schema, its Markdown rule and its diff line.
 */
export { ASSET_SRC_PREFIX, assetIdFromSrc, BRIEF_IMAGE, BriefImage, type BriefImageOptions } from './brief-image';
export { briefImageLines } from './brief-image-lines';
export { briefImageMarkdown } from './brief-image-markdown';
