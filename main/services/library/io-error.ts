import { BriefdeskError } from '../../../shared/model/errors';

/** The `code` of a Node.js system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The message of any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function causeOf(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'The disk is full. Free some space, then try again.';
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return 'The library folder is read-only. Check its permissions, or choose another library folder.';
    case 'ENOTDIR':
      return 'Part of its path is a file, not a folder.';
    case 'ENOENT':
      return 'Its folder does not exist.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open. Close some applications, then try again.';
    case 'EIO':
      return 'The disk reported an input/output error.';
    default:
      return errorMessage(error);
  }
}

/**
 * Turn a file-system failure into an error for the analyst that names the
 * file and the cause. A BriefdeskError passes through unchanged.
 */
export function ioError(action: 'read' | 'write' | 'delete' | 'move', path: string, error: unknown): BriefdeskError {
  if (error instanceof BriefdeskError) return error;
  const verb = { read: 'read', write: 'save', delete: 'delete', move: 'move' }[action];
  return new BriefdeskError('io', `Could not ${verb} "${path}". ${causeOf(error)}`, { cause: error });
}
