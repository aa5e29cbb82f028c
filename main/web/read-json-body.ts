import type { IncomingMessage } from 'node:http';
import { BriefdeskError } from '../../shared/model/errors';

/** Reads a request body of at most `limit` bytes and parses it as JSON. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) {
      throw new BriefdeskError('too_large', `The request is larger than ${Math.round(limit / 1024 / 1024)} MB.`);
    }
    chunks.push(buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BriefdeskError('invalid_input', 'The request body is not valid JSON.');
  }
}
