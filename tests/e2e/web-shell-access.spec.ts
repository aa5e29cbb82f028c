import { test, expect } from './fixtures';
import { WebShell } from './web-shell';

test.describe('browser shell access control', () => {
  test('prints exactly one line, with the URL and its token', async ({ shell }) => {
    expect(shell.stdoutLines).toHaveLength(1);
    expect(shell.stdoutLines[0]).toContain(shell.url);
    expect(shell.token.length).toBeGreaterThanOrEqual(32);
    expect(new URL(shell.url).hostname).toBe('127.0.0.1');
  });

  test('answers 401 without the token, on every kind of request', async ({ shell, request }) => {
    for (const target of ['/', '/index.html', '/asset/' + 'a'.repeat(64) + '.png', '/favicon.ico']) {
      const response = await request.get(`${shell.origin}${target}`);
      expect(response.status(), target).toBe(401);
    }
    const api = await request.post(`${shell.origin}/api/listBriefs`, { data: {} });
    expect(api.status()).toBe(401);
    const wrong = await request.post(`${shell.origin}/api/listBriefs`, {
      data: {},
      headers: { Authorization: 'Bearer not-the-token' },
    });
    expect(wrong.status()).toBe(401);
    const badQuery = await request.get(`${shell.origin}/?token=nope`);
    expect(badQuery.status()).toBe(401);
  });

  test('serves the API with the token, and checks Host and Origin', async ({ shell, request }) => {
    const headers = { Authorization: `Bearer ${shell.token}` };
    const created = await request.post(`${shell.origin}/api/createBrief`, { data: {}, headers });
    expect(created.status()).toBe(200);
    const body: unknown = await created.json();
    expect(body).toMatchObject({ ok: true, value: { headline: '', status: 'draft' } });

    const listed = await request.post(`${shell.origin}/api/listBriefs`, { data: {}, headers });
    expect(await listed.json()).toMatchObject({ ok: true, value: { briefs: [{ headline: '' }] } });

    const invalid = await request.post(`${shell.origin}/api/getBrief`, { data: { id: '../../etc' }, headers });
    expect(await invalid.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const foreignOrigin = await request.post(`${shell.origin}/api/listBriefs`, {
      data: {},
      headers: { ...headers, Origin: 'http://evil.example' },
    });
    expect(foreignOrigin.status()).toBe(403);

    const rebound = await request.post(`${shell.origin}/api/listBriefs`, {
      data: {},
      headers: { ...headers, Host: 'evil.example' },
    });
    expect(rebound.status()).toBe(403);
  });

  test('refuses a second server on the same library, and exits 0 on SIGTERM', async ({ shell, dataDir }) => {
    await expect(WebShell.start(dataDir)).rejects.toThrow(/open in another Briefdesk/);
    expect(await shell.stop('SIGTERM')).toBe(0);
  });
});
