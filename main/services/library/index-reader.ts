import { join } from 'node:path';
import { BriefdeskError, type BriefdeskErrorCode } from '../../../shared/model/errors';
import { type IndexDocument, indexDocumentOf } from '../search/index-document';
import { parseBriefText, readBriefText, readBriefTextSync } from './brief-file';
import type { FileVersion } from './index-row';
import { errorMessage } from './io-error';

/** A brief file to read for the index: its id, and the hash the index has for it (null: index it whatever it holds). */
export interface ReadRequest {
  id: string;
  knownHash: string | null;
}

/** What reading one brief file for the index found. */
export type ReadOutcome =
  | { kind: 'document'; document: IndexDocument }
  /** The bytes are those the index has (same hash); only the stamp moved. */
  | { kind: 'restamped'; file: FileVersion }
  | { kind: 'gone' }
  | { kind: 'damaged'; reason: string }
  /** The file could not be read (permissions, I/O): the sync stops with this error, as a read on the main thread would. */
  | { kind: 'failed'; code: BriefdeskErrorCode; message: string };

/** Reads brief files for the index, a slice at a time, in order. */
export interface BriefReader {
  read(requests: readonly ReadRequest[]): Promise<ReadOutcome[]>;
  /** Let go of what the reader holds (its threads). */
  close(): Promise<void>;
}

/** What a brief file's text (and stamp) come to for the index (see readForIndex). */
function outcomeOf(request: ReadRequest, read: () => { text: string; file: FileVersion }): ReadOutcome {
  try {
    const { text, file } = read();
    if (request.knownHash !== null && request.knownHash === file.hash) return { kind: 'restamped', file };
    return { kind: 'document', document: indexDocumentOf(parseBriefText(text, request.id), file) };
  } catch (error) {
    return failureOf(error);
  }
}

function failureOf(error: unknown): ReadOutcome {
  if (!(error instanceof BriefdeskError)) return { kind: 'failed', code: 'internal', message: errorMessage(error) };
  if (error.code === 'not_found') return { kind: 'gone' };
  if (error.code === 'damaged') return { kind: 'damaged', reason: error.message };
  return { kind: 'failed', code: error.code, message: error.message };
}

/**
 * Read one brief file in `articlesDir` for the index: its document (read,
 * hashed, parsed, checked against the brief format and the editor's schema,
 * its index text extracted), or that only its stamp moved, or that it is
 * gone or damaged (or could not be read: 'failed').
 */
export async function readForIndex(articlesDir: string, request: ReadRequest): Promise<ReadOutcome> {
  const path = join(articlesDir, `${request.id}.json`);
  try {
    const read = await readBriefText(path);
    return outcomeOf(request, () => read);
  } catch (error) {
    return failureOf(error);
  }
}

/** readForIndex, blocking (a reader thread's). */
export function readForIndexSync(articlesDir: string, request: ReadRequest): ReadOutcome {
  return outcomeOf(request, () => readBriefTextSync(join(articlesDir, `${request.id}.json`)));
}

/** A reader on the main thread: the files of a slice are read concurrently (their I/O overlaps), parsed one by one. */
export function inProcessReader(articlesDir: string): BriefReader {
  return {
    read: (requests) => Promise.all(requests.map((request) => readForIndex(articlesDir, request))),
    close: () => Promise.resolve(),
  };
}
