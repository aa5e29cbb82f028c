import { BriefdeskError } from '../../shared/model/errors';

/** What the analyst reads when the shell's service cannot be reached at all. */
export const SERVICE_UNAVAILABLE_MESSAGE =
  'Briefdesk’s service is not answering. Your text is kept here; saving will resume when it is back.';

export function serviceUnavailable(cause?: unknown): BriefdeskError {
  return new BriefdeskError('io', SERVICE_UNAVAILABLE_MESSAGE, { cause });
}
