import type { BodyDoc } from '../model/brief';
import { bodySchema } from './body-extensions';

/**
 * Checks a stored body against the TipTap schema (known nodes and marks,
 * valid nesting). Returns a message for the analyst, or null when valid.
 */
export function bodyProblem(body: BodyDoc): string | null {
  try {
    const node = bodySchema().nodeFromJSON(body);
    node.check();
    return null;
  } catch (error) {
    return `The body does not fit the editor's schema: ${error instanceof Error ? error.message : String(error)}`;
  }
}
