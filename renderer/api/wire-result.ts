import type { WireResult } from '../../shared/api/dispatch';
import type { BriefdeskErrorCode } from '../../shared/model/errors';

const errorCodes: ReadonlySet<string> = new Set<BriefdeskErrorCode>([
  'invalid_input',
  'not_found',
  'conflict',
  'locked',
  'io',
  'too_large',
  'unsupported',
  'damaged',
  'internal',
]);

function isErrorCode(value: unknown): value is BriefdeskErrorCode {
  return typeof value === 'string' && errorCodes.has(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads a parsed JSON body as a wire result, or null when it is not one. */
export function asWireResult(body: unknown): WireResult | null {
  if (!isRecord(body)) return null;
  if (body.ok === true && 'value' in body) return { ok: true, value: body.value };
  if (body.ok !== false || !isRecord(body.error)) return null;
  const { code, message } = body.error;
  if (!isErrorCode(code) || typeof message !== 'string') return null;
  return { ok: false, error: { code, message } };
}
