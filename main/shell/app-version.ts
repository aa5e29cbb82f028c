import { readFileSync } from 'node:fs';

/** The app's version, from package.json beside the built code's folder. */
export function appVersion(packageJsonPath: string): string {
  try {
    const parsed: unknown = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
    if (parsed && typeof parsed === 'object' && 'version' in parsed && typeof parsed.version === 'string') {
      return parsed.version;
    }
  } catch {
    // fall through: an unknown version is not worth failing over
  }
  return '0.0.0';
}
