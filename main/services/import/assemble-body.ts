import type { BodyDoc } from '../../../shared/model/brief';
import { bodyFromDom, fitToBodySchema, type HeadingLevels } from './dom-to-body';
import { type ImageSources, resolveImages } from './import-image-sources';

/**
 * The body document of sanitized blocks: images resolved to library assets
 * (resolveImages), what the schema has no place for fitted (fitToBodySchema;
 * heading levels fitted to the body's unless `headingLevels` is 'keep'),
 * then parsed with the editor's schema (bodyFromDom).
 */
export async function assembleBody(
  document: Document,
  blocks: readonly Node[],
  sources: ImageSources,
  options: { preserveWhitespace?: boolean | 'full'; headingLevels?: HeadingLevels } = {},
): Promise<BodyDoc> {
  const container = document.createElement('div');
  container.append(...blocks);
  await resolveImages(container, sources);
  fitToBodySchema(container, options.headingLevels);
  return bodyFromDom(container, options);
}
