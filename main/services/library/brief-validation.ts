import { z } from 'zod';
import { bodyProblem } from '../../../shared/editor/validate-body';
import { Brief, BriefContent } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';

const SHOWN_ISSUES = 3;

/** "headline: expected string, received number; tags.0: …" — short enough for a list row. */
export function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, SHOWN_ISSUES).map((issue) => {
    const where = issue.path.map(String).join('.');
    const what = issue.message.replace(/^Invalid input: /, '');
    return where ? `${where}: ${what}` : what;
  });
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')} (and ${more} more)` : shown.join('; ');
}

/**
 * Check a value read from articles/<id>.json. Throws BriefdeskError('damaged')
 * with the reason when it is not a brief the editor can open.
 */
export function parseStoredBrief(value: unknown): Brief {
  const parsed = Brief.safeParse(value);
  if (!parsed.success) {
    throw new BriefdeskError('damaged', `Does not match the brief format: ${describeIssues(parsed.error)}`);
  }
  const problem = bodyProblem(parsed.data.body);
  if (problem) throw new BriefdeskError('damaged', problem);
  return parsed.data;
}

/**
 * Check content sent by the editor before it is saved. Throws
 * BriefdeskError('invalid_input') with what is wrong.
 */
export function parseBriefContent(value: unknown): BriefContent {
  const parsed = BriefContent.safeParse(value);
  if (!parsed.success) {
    throw new BriefdeskError('invalid_input', `The brief could not be saved: ${describeIssues(parsed.error)}`);
  }
  const problem = bodyProblem(parsed.data.body);
  if (problem) throw new BriefdeskError('invalid_input', `The brief could not be saved. ${problem}`);
  return parsed.data;
}
