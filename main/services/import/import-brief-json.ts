import { createHash } from 'node:crypto';
import { BriefContent } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { parseBriefContent } from '../library/brief-validation';
import type { BriefJsonExport } from '../export/export-brief-json';
import { assetIdsOf } from '../export/prepare-for-export';
import type { LibraryStore } from '../library/library-store';
import { checkDeskBlocks, importDeskBlocks } from './import-desk-blocks';
import { asImportFileError } from './import-error';
import { parseBriefJson } from './parse-brief-json';

/** What one imported file became. */
export interface ImportedBrief {
  /** Id of the new brief. */
  id: string;
  headline: string;
  /** Things the analyst should know that did not stop the import (an image missing from the file…). */
  warnings: string[];
}

/** The images of a file, decoded and checked against their content-addressed ids. */
function decodeAssets(exported: BriefJsonExport): Map<string, Buffer> {
  const decoded = new Map<string, Buffer>();
  for (const [assetId, base64] of Object.entries(exported.assets)) {
    const bytes = Buffer.from(base64, 'base64');
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (!assetId.startsWith(`${hash}.`)) {
      throw new BriefdeskError('damaged', `The image ${assetId} does not match its bytes (the file was changed or damaged after export).`);
    }
    decoded.set(assetId, bytes);
  }
  return decoded;
}

/** Stores the images the brief uses; answers a warning for each it uses that neither the file nor the library has. */
async function importAssets(store: LibraryStore, exported: BriefJsonExport, images: Map<string, Buffer>): Promise<string[]> {
  const warnings: string[] = [];
  for (const assetId of assetIdsOf(exported.brief)) {
    const bytes = images.get(assetId);
    if (bytes === undefined) {
      if (store.assetPath(assetId) === null)
        warnings.push(`The image ${assetId} is not in the file; the brief refers to it but will not show it.`);
      continue;
    }
    const stored = await store.addImage(assetId, bytes);
    if (stored.id !== assetId) {
      throw new BriefdeskError(
        'damaged',
        `The image ${assetId} is really a ${stored.mime} image (${stored.id}); the file was changed after export.`,
      );
    }
  }
  return warnings;
}

async function importChecked(store: LibraryStore, exported: BriefJsonExport): Promise<ImportedBrief> {
  // Everything is checked before anything is written.
  const checked = parseBriefContent(BriefContent.parse(exported.brief));
  checkDeskBlocks(checked.body, exported.deskBlocks);
  const images = decodeAssets(exported);
  const warnings = await importAssets(store, exported, images);
  const body = await importDeskBlocks(store, checked.body, exported.deskBlocks);
  const { id } = await store.createFrom({ ...checked, body }, { createdAt: exported.brief.createdAt });
  return { id, headline: checked.headline, warnings };
}

/**
 * Imports the bytes of a Briefdesk JSON export (exportBriefJson) as a NEW
 * brief in `store`: a new id, the same content (fields, hero, related, body
 * — blocks, marks, order), its images added through the asset store after
 * checking each against its SHA-256 id, and the desk blocks its synced
 * desks use (see importDeskBlocks). The brief's id, timestamps, revision
 * and Trash state in the file are not kept. Related briefs keep the ids
 * they name. Throws ImportFileError naming `fileName`, with the reason.
 */
export async function importBriefJson(store: LibraryStore, bytes: Uint8Array, fileName: string): Promise<ImportedBrief> {
  try {
    return await importChecked(store, parseBriefJson(fileName, bytes));
  } catch (error) {
    throw asImportFileError(fileName, error);
  }
}
