import { readFile } from 'node:fs/promises';
import type { Brief } from '../../../shared/model/brief';
import type { DeskBlock } from '../../../shared/model/desk-block';
import type { PreparedBrief } from './prepare-for-export';

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

/**
 * A prepared brief as a lossless JSON export: the stored brief, its images
 * (base64) and the desk blocks its synced desks use. Images missing from
 * the library and blocks no longer in it are left out (the brief keeps its
 * references and last known desk text).
 */
export async function exportBriefJson(prepared: PreparedBrief): Promise<BriefJsonExport> {
  const assets: Record<string, string> = {};
  for (const { assetId, path } of prepared.images) {
    if (path !== null) assets[assetId] = (await readFile(path)).toString('base64');
  }
  return { format: BRIEF_EXPORT_FORMAT, version: BRIEF_EXPORT_VERSION, brief: prepared.brief, assets, deskBlocks: prepared.deskBlocks };
}
