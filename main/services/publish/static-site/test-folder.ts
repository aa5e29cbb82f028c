import { access, constants, mkdir } from 'node:fs/promises';
import type { TargetTestResult } from '../../../../shared/publish/target';
import { errorMessage } from '../../library/io-error';

/** "Test connection" of a static-site target: whether its folder can be written (made when missing). */
export async function testFolder(folder: string): Promise<TargetTestResult> {
  try {
    await mkdir(folder, { recursive: true });
    await access(folder, constants.W_OK);
    return { ok: true, problem: null, retryable: false, message: `The folder ${folder} can be written.` };
  } catch (error) {
    return {
      ok: false,
      problem: 'not_writable',
      retryable: true,
      message: `The folder ${folder} cannot be written: ${errorMessage(error)}`,
    };
  }
}
