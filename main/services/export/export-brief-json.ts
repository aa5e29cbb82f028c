import { readFile } from 'node:fs/promises';
import { libraryRefsIn } from '../../../shared/editor/desk-nodes';
import { assetIdFromSrc } from '../../../shared/editor/brief-image';
import type { Brief, PmNodeJson } from '../../../shared/model/brief';
import type { DeskBlock } from '../../../shared/model/desk-block';
import type { LibraryStore } from '../library/library-store';

/** Format marker of a JSON export. */
export const BRIEF_EXPORT_FORMAT = 'briefdesk-brief';
/** Version of the JSON export format. Bump it with an importer for the old one. */
export const BRIEF_EXPORT_VERSION = 1;

/** A lossless, re-importable export of one brief. */
export interface BriefJsonExport {
  format: typeof BRIEF_EXPORT_FORMAT;
  version: typeof BRIEF_EXPORT_VERSION;
  /** The brief exactly as stored. */
  brief: Brief;
  /** The images it refers to (hero and body), by asset id, base64-encoded. */
  assets: Record<string, string>;
  /** The desk-library blocks its synced Editor's Desks refer to. */
  deskBlocks: DeskBlock[];
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

/**
 * One brief of `store` as a lossless JSON export: the stored brief, its
 * images (base64) and the desk blocks its synced desks use. Images missing
 * from the library and blocks no longer in it are left out (the brief keeps
 * its references and last known desk text). Throws 'not_found'.
 */
export async function exportBriefJson(store: LibraryStore, id: string): Promise<BriefJsonExport> {
  const brief = await store.get(id);
  const assets: Record<string, string> = {};
  for (const assetId of assetIdsOf(brief)) {
    const path = store.assetPath(assetId);
    if (path !== null) assets[assetId] = (await readFile(path)).toString('base64');
  }
  const deskBlocks = libraryRefsIn(brief.body).flatMap((ref) => {
    const block = store.deskLibrary.lookup(ref);
    return block ? [structuredClone(block)] : [];
  });
  return { format: BRIEF_EXPORT_FORMAT, version: BRIEF_EXPORT_VERSION, brief, assets, deskBlocks };
}
