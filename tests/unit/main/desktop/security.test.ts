import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../../../../main/desktop/app-url';
import { electronDouble, fakeEvent, FakeSession, FakeWebContents, resetElectronDouble } from '../electron-double';

vi.mock('electron', async () => (await import('../electron-double')).electronDouble);

const { denyAllPermissions, externalUrlToOpen, setupSecurity } = await import('../../../../main/desktop/security');

beforeEach(() => resetElectronDouble());

function guardedContents(): FakeWebContents {
  setupSecurity();
  const contents = new FakeWebContents();
  electronDouble.app.emit('web-contents-created', fakeEvent(), contents);
  return contents;
}

describe('isAppUrl / externalUrlToOpen', () => {
  it('recognises only the app page origin', () => {
    expect(isAppUrl('briefdesk://app/index.html')).toBe(true);
    expect(isAppUrl('briefdesk://app/assets/index-abc.js')).toBe(true);
    for (const url of [
      'briefdesk://asset/a.png',
      'briefdesk://app.evil/',
      'briefdesk://evil@app.example/',
      'https://app/',
      'file:///app/index.html',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('lets only http(s) and mailto links leave the app', () => {
    expect(externalUrlToOpen('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
    expect(externalUrlToOpen('http://example.com')).toBe('http://example.com/');
    expect(externalUrlToOpen('mailto:desk@example.com')).toBe('mailto:desk@example.com');
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'briefdesk://app/index.html',
      'ms-msdt:/id',
      'data:text/html,hi',
      'https://',
      '',
      'example.com',
    ]) {
      expect(externalUrlToOpen(url), url).toBeNull();
    }
  });
});

describe('web contents guard', () => {
  it('is installed on every web contents the app creates', () => {
    const contents = guardedContents();
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
    expect(contents.windowOpenHandler).not.toBeNull();
  });

  it('prevents navigation away from the app page, allows the app page', () => {
    const contents = guardedContents();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'briefdesk://asset/x.png', 'about:blank']) {
      const event = fakeEvent(url);
      contents.emit('will-navigate', event, url);
      expect(event.defaultPrevented, url).toBe(true);
      const redirect = fakeEvent(url);
      contents.emit('will-redirect', redirect, url);
      expect(redirect.defaultPrevented, url).toBe(true);
    }
    const own = fakeEvent('briefdesk://app/index.html');
    contents.emit('will-navigate', own, own.url);
    expect(own.defaultPrevented).toBe(false);
    expect(electronDouble.shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies every window.open; only http(s) and mailto go to the system', () => {
    const contents = guardedContents();
    const open = (url: string) => {
      if (!contents.windowOpenHandler) throw new Error('no window open handler');
      return contents.windowOpenHandler({ url });
    };
    expect(open('https://example.com/report')).toEqual({ action: 'deny' });
    expect(open('mailto:desk@example.com')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('briefdesk://app/index.html')).toEqual({ action: 'deny' });
    expect(electronDouble.shell.openExternal.mock.calls).toEqual([['https://example.com/report'], ['mailto:desk@example.com']]);
  });

  it('refuses to attach webviews', () => {
    const contents = guardedContents();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const target = new FakeSession();
    denyAllPermissions(target);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      expect(target.request(permission), permission).toBe(false);
      expect(target.check(permission), permission).toBe(false);
    }
  });

  it('is applied to the default session once the app is ready', async () => {
    setupSecurity();
    await electronDouble.app.whenReady();
    await Promise.resolve();
    expect(electronDouble.session.defaultSession.request('media')).toBe(false);
    expect(electronDouble.session.defaultSession.check('media')).toBe(false);
  });
});
