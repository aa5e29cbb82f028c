import type { ReadOutcome, ReadRequest } from './index-reader';

/** A slice of brief files for a reader thread to read. */
export interface ReaderTask {
  seq: number;
  requests: ReadRequest[];
}

/** What a reader thread found for a task, one outcome per request, in order. */
export interface ReaderReply {
  seq: number;
  outcomes: ReadOutcome[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Whether a message is a ReaderTask (a reader thread's input). */
export function isReaderTask(value: unknown): value is ReaderTask {
  return (
    isRecord(value) &&
    typeof value.seq === 'number' &&
    Array.isArray(value.requests) &&
    value.requests.every(
      (request: unknown) =>
        isRecord(request) && typeof request.id === 'string' && (request.knownHash === null || typeof request.knownHash === 'string'),
    )
  );
}

/** Whether a message is a ReaderReply (a reader thread's answer; its outcomes come from our own code and are trusted). */
export function isReaderReply(value: unknown): value is ReaderReply {
  return isRecord(value) && typeof value.seq === 'number' && Array.isArray(value.outcomes);
}
