import { dialog } from 'electron';
import { isBriefdeskError } from '../../shared/model/errors';

/** Title and text of the dialog shown when the library cannot be opened. */
export function describeOpenFailure(error: unknown, dataDir: string): { title: string; message: string } {
  if (isBriefdeskError(error) && error.code === 'locked') {
    return { title: 'Briefdesk is already open', message: error.message };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return {
    title: 'Briefdesk cannot open its library',
    message: `The library in ${dataDir} could not be opened.\n\n${reason}`,
  };
}

/**
 * Opens the library, or explains in a dialog why it cannot (another
 * Briefdesk holds it, the disk refuses) and resolves to null: the app then quits.
 */
export async function openLibraryOrExplain<S>(open: (dataDir: string) => Promise<S>, dataDir: string): Promise<S | null> {
  try {
    return await open(dataDir);
  } catch (error) {
    const { title, message } = describeOpenFailure(error, dataDir);
    dialog.showErrorBox(title, message);
    return null;
  }
}
