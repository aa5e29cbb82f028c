import { usePersistentFlag } from '../ui/use-persistent-flag';

/** The setting: whether exported pages end with "Exported from Briefdesk … on …" (on unless turned off). */
export function useColophonSetting(): [boolean, (on: boolean) => void] {
  return usePersistentFlag('briefdesk.export.colophon', true);
}
