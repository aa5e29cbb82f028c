import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../../../main/services/library/data-dir';

describe('defaultDataDir (Electron userData for "Briefdesk")', () => {
  it('uses XDG_CONFIG_HOME or ~/.config on Linux', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/home/ana/.cfg' }, '/home/ana')).toBe('/home/ana/.cfg/Briefdesk');
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Briefdesk');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '' }, '/home/ana')).toBe('/home/ana/.config/Briefdesk');
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Briefdesk');
  });

  it('uses %APPDATA% on Windows', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Briefdesk',
    );
    expect(defaultDataDir('win32', {}, 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Roaming\\Briefdesk');
  });

  it('defaults to this machine', () => {
    expect(defaultDataDir()).toMatch(/Briefdesk$/);
  });
});
