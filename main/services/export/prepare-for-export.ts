import { assetIdFromSrc } from '../../../shared/editor/nodes/brief-image';
import { libraryRefsIn, resolveSyncedDesks } from '../../../shared/editor/nodes/editors-desk';
import type { BodyDoc, Brief, PmNodeJson } from '../../../shared/model/brief';
import type { DeskBlock } from '../../../shared/model/desk-block';
import { withoutEmptyBlocks } from '../../../shared/publish/empty-blocks';
import type { LibraryStore } from '../library/library-store';
import { HtmlExportContext } from './html-export-context';

/** A library image a brief names, and its file in the library (null when it is not there). */
export interface PreparedImage {
  assetId: string;
  path: string | null;
}

/**
 * A brief read and made ready for export once: what every format (HTML,
 * PDF, Markdown, JSON) and every publisher (static site, WordPress) works from.
 */
export interface PreparedBrief {
  /** The brief as stored. */
  brief: Brief;
  /** Its body with the synced Editor's Desks brought up to date from the desk library, and empty blocks left out. */
  body: BodyDoc;
  /** The desk-library blocks no longer in the library, each once: their desks keep their last known text. */
  missingDesks: string[];
  /** Copies of the desk-library blocks the brief's synced desks use, in document order. */
  deskBlocks: DeskBlock[];
  /** The library images the brief names (its hero, then the body's), each once. */
  images: PreparedImage[];
  /** The file of a library image, or null when `assetId` is not one the library has (each looked up once). */
  assetPath: (assetId: string) => string | null;
  /** What the briefs of one export share: the library's titles, images read once. */
  context: HtmlExportContext;
}

/** The asset ids a brief refers to: its hero and every `asset:` image in the body, each once. */
export function assetIdsOf(brief: Brief): string[] {
  const ids = new Set<string>();
  if (brief.hero) ids.add(brief.hero.asset);
  const visit = (node: PmNodeJson): void => {
    const src: unknown = node.attrs?.src;
    const asset = node.type === 'image' && typeof src === 'string' ? assetIdFromSrc(src) : null;
    if (asset !== null) ids.add(asset);
    node.content?.forEach(visit);
  };
  brief.body.content?.forEach(visit);
  return [...ids];
}

/** What an export says of an image that is not in the library. */
export function missingImageWarning(assetId: string): string {
  return `The image ${assetId} is not in the library; it is left out.`;
}

/** What an export says of a synced desk whose block is no longer in the desk library. */
export function missingDeskWarning(blockId: string): string {
  return `The desk block ${blockId} is no longer in the desk library; its last known text is used.`;
}

/**
 * Reads brief `id` of `store` once and prepares it for export: synced desks
 * resolved from the desk library (the blocks gone listed), the blocks they
 * use, the images it names with their files. `context` is what the briefs
 * of one export run share (make one per run); by default one for this
 * brief. Throws 'not_found' for an unknown id.
 */
export async function prepareForExport(
  store: LibraryStore,
  id: string,
  context: HtmlExportContext = new HtmlExportContext(store),
): Promise<PreparedBrief> {
  const brief = await store.get(id);
  const lookup = (blockId: string): DeskBlock | undefined => store.deskLibrary.lookup(blockId);
  const resolved = resolveSyncedDesks(brief.body, lookup);
  const body = withoutEmptyBlocks(resolved.body);
  const missing = resolved.missing;
  const deskBlocks = libraryRefsIn(brief.body).flatMap((ref) => {
    const block = lookup(ref);
    return block ? [structuredClone(block)] : [];
  });
  const paths = new Map<string, string | null>();
  const assetPath = (assetId: string): string | null => {
    let path = paths.get(assetId);
    if (path === undefined) {
      path = store.assetPath(assetId);
      paths.set(assetId, path);
    }
    return path;
  };
  const images = assetIdsOf(brief).map((assetId) => ({ assetId, path: assetPath(assetId) }));
  return { brief, body, missingDesks: missing, deskBlocks, images, assetPath, context };
}
