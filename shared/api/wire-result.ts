import type { BriefdeskError } from '../model/errors';

/** The wire shape of a call's result, the same for IPC and HTTP. */
export type WireResult = { ok: true; value: unknown } | { ok: false; error: { code: BriefdeskError['code']; message: string } };
