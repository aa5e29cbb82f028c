import { app } from 'electron';

/**
 * Keeps one Briefdesk per user profile: a second launch hands over to the
 * first, which brings its window forward (`reveal`). Returns false in the
 * second process, which should quit at once.
 */
export function setupSingleInstance(reveal: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => reveal());
  return true;
}
