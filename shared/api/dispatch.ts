import { z } from 'zod';
import { BriefdeskError } from '../model/errors';
import { type ApiHandlers, contract, isMethodName } from './contract';
import type { WireResult } from './wire-result';

export type { WireResult } from './wire-result';

/**
 * Validate a call against the contract and run its handler. Never throws:
 * every failure becomes a wire error with a message fit for the analyst.
 */
export async function dispatch(handlers: ApiHandlers, name: string, rawInput: unknown): Promise<WireResult> {
  if (!isMethodName(name)) {
    return { ok: false, error: { code: 'not_found', message: `Unknown method "${name}"` } };
  }
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid_input', message: z.prettifyError(parsed.error) } };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof BriefdeskError) return { ok: false, error: error.toJSON() };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `Unexpected error: ${message}` } };
  }
}

/** Turn a wire result back into a value or a thrown BriefdeskError (client side). */
export function unwrap(result: WireResult): unknown {
  if (result.ok) return result.value;
  throw new BriefdeskError(result.error.code, result.error.message);
}
