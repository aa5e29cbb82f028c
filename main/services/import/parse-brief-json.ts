import { z } from 'zod';
import { MAX_IMAGE_BYTES } from '../../../shared/api/contract';
import { AssetId, BRIEF_SCHEMA_VERSION, Brief } from '../../../shared/model/brief';
import { DeskBlock } from '../../../shared/model/desk-block';
import { describeIssues } from '../library/brief-validation';
import { BRIEF_EXPORT_FORMAT, BRIEF_EXPORT_VERSION, type BriefJsonExport } from '../export/export-brief-json';
import { ImportFileError } from './import-error';

/** Longest base64 text of one image: MAX_IMAGE_BYTES encoded, plus padding. */
const MAX_ASSET_BASE64 = Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4;

/** The JSON export format (exportBriefJson), checked with the shared brief and desk-block schemas. */
export const BriefJsonFile = z.object({
  format: z.literal(BRIEF_EXPORT_FORMAT),
  version: z.literal(BRIEF_EXPORT_VERSION),
  brief: Brief,
  assets: z.record(AssetId, z.base64().max(MAX_ASSET_BASE64)),
  deskBlocks: z.array(DeskBlock).max(500),
}) satisfies z.ZodType<BriefJsonExport>;

/** Just enough of the file to tell what it is before checking it whole. */
const Envelope = z
  .object({
    format: z.unknown(),
    version: z.unknown(),
    brief: z.object({ schemaVersion: z.unknown() }).loose().optional(),
  })
  .loose();

/** Strict: invalid UTF-8 throws. A leading BOM is dropped. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text of the bytes, or throws: empty (or only white space), binary (NUL bytes) or not UTF-8. */
function decodeText(fileName: string, bytes: Uint8Array): string {
  const empty = (): ImportFileError => new ImportFileError('invalid_input', fileName, 'The file is empty: there is nothing to import.');
  if (bytes.byteLength === 0) throw empty();
  if (bytes.includes(0)) {
    throw new ImportFileError('unsupported', fileName, 'This is a binary file, not a Briefdesk JSON export.');
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ImportFileError('unsupported', fileName, 'The file is not valid UTF-8 text, so it cannot be a Briefdesk JSON export.');
  }
  if (text.trim() === '') throw empty();
  return text;
}

function parseJson(fileName: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new ImportFileError('invalid_input', fileName, `The file is not valid JSON${detail}. It may be truncated or damaged.`);
  }
}

function isNewer(version: unknown, current: number): version is number {
  return typeof version === 'number' && Number.isInteger(version) && version > current;
}

/** Refuses anything that is not a Briefdesk brief export this version can read, with the reason. */
function checkEnvelope(fileName: string, value: unknown): void {
  const envelope = Envelope.safeParse(value);
  if (!envelope.success || envelope.data.format !== BRIEF_EXPORT_FORMAT) {
    throw new ImportFileError(
      'unsupported',
      fileName,
      `This JSON is not a Briefdesk brief export (it has no "format": "${BRIEF_EXPORT_FORMAT}" marker).`,
    );
  }
  const { version, brief } = envelope.data;
  if (isNewer(version, BRIEF_EXPORT_VERSION) || isNewer(brief?.schemaVersion, BRIEF_SCHEMA_VERSION)) {
    throw new ImportFileError(
      'unsupported',
      fileName,
      `It was exported by a newer Briefdesk (format version ${String(version)}). Update Briefdesk to import it.`,
    );
  }
}

/**
 * Reads the bytes of a Briefdesk JSON export: UTF-8 text (a BOM is allowed),
 * JSON, the format marker and version, then the whole format (brief, images
 * as base64, desk blocks). Throws ImportFileError naming the file and what
 * is wrong. The brief's body is checked against the editor schema later, by
 * the store's save path.
 */
export function parseBriefJson(fileName: string, bytes: Uint8Array): BriefJsonExport {
  const value = parseJson(fileName, decodeText(fileName, bytes));
  checkEnvelope(fileName, value);
  const parsed = BriefJsonFile.safeParse(value);
  if (!parsed.success) {
    throw new ImportFileError('invalid_input', fileName, `It does not match the Briefdesk brief format: ${describeIssues(parsed.error)}.`);
  }
  return parsed.data;
}
