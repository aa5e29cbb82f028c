/** Every failure that crosses the contract carries one of these codes. */
export type BriefdeskErrorCode =
  'invalid_input' | 'not_found' | 'conflict' | 'locked' | 'forbidden' | 'io' | 'too_large' | 'unsupported' | 'damaged' | 'internal';

/** An error meant for the analyst: the message is shown as it is. */
export class BriefdeskError extends Error {
  readonly code: BriefdeskErrorCode;

  constructor(code: BriefdeskErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BriefdeskError';
    this.code = code;
  }

  toJSON(): { code: BriefdeskErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isBriefdeskError(value: unknown): value is BriefdeskError {
  return value instanceof BriefdeskError;
}
