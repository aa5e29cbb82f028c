import type { DeskBlockSource } from '../model/desk-block';
import { deskNodeFromBlock } from './nodes/editors-desk';
import { bodyProblem } from './validate-body';

/**
 * Checks a library block's content the way the editor would hold it: as the
 * content of an `editorsDesk` node in a body. Returns a message for the
 * analyst, or null when it fits.
 */
export function deskBlockProblem(block: DeskBlockSource): string | null {
  const problem = bodyProblem({ type: 'doc', content: [deskNodeFromBlock(block, null)] });
  return problem === null ? null : problem.replace(/^The body does not/, "The desk block's content does not");
}
