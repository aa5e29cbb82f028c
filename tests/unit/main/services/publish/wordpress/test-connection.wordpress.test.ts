import { afterEach, expect, it } from 'vitest';
import { testConnection } from '../../../../../../main/services/publish/wordpress/test-connection';
import { startNotWordPress, startProxy, type TestServer } from '../../../../../wordpress/test-servers';
import { freePort } from '../../../../../wordpress/wordpress-site';
import { describeWithWordPress } from '../../../../../wordpress/describe-with-wordpress';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describeWithWordPress('testConnection', (site) => {
  const credentials = { username: site?.adminUser ?? '', applicationPassword: site?.appPassword ?? '' };

  it('signs in with the right application password', async () => {
    const result = await testConnection({ url: site.url, ...credentials });
    expect(result).toEqual({
      ok: true,
      siteName: 'Briefdesk test site',
      userName: 'chief',
      message: 'Connected to “Briefdesk test site” as chief.',
    });
  });

  it('tells a wrong application password', async () => {
    const result = await testConnection({
      url: site.url,
      username: site.adminUser,
      applicationPassword: 'wxyz wxyz wxyz wxyz wxyz wxyz',
    });
    expect(result).toMatchObject({ ok: false, problem: 'auth', retryable: false });
    expect(result.message).toMatch(/refused the user name or application password/);
  });

  it('tells an unreachable site (a closed port)', async () => {
    const result = await testConnection({ url: `http://127.0.0.1:${await freePort()}`, ...credentials });
    expect(result).toMatchObject({ ok: false, problem: 'unreachable', retryable: true });
    expect(result.message).toMatch(/Cannot reach 127\.0\.0\.1:\d+: the connection was refused\./);
  });

  it('tells a site without the REST API (404 pages)', async () => {
    const server = await startNotWordPress();
    servers.push(server);
    const result = await testConnection({ url: server.url, ...credentials });
    expect(result).toMatchObject({ ok: false, problem: 'rest_unavailable', retryable: false });
    expect(result.message).toMatch(/does not offer the WordPress REST API \(HTTP 404/);
    expect(server.requests).toEqual(['GET /']);
  });

  it('tells a server that strips the Authorization header', async () => {
    const proxy = await startProxy(site.url, { stripAuthorization: true });
    servers.push(proxy);
    const result = await testConnection({ url: proxy.url, ...credentials });
    expect(result).toMatchObject({ ok: false, problem: 'auth_header_stripped', retryable: false });
    expect(result.message).toMatch(/drops the Authorization header/);
    // Through the same proxy, a wrong password is still told as a wrong password.
    const wrong = await testConnection({ url: proxy.url, username: site.adminUser, applicationPassword: 'wxyz wxyz wxyz wxyz wxyz wxyz' });
    expect(wrong).toMatchObject({ ok: false, problem: 'auth' });
  });

  it('tells a site that does not answer in time', async () => {
    const proxy = await startProxy(site.url, { holdAnswer: () => true });
    servers.push(proxy);
    const result = await testConnection({ url: proxy.url, ...credentials }, { timeoutMs: 500 });
    expect(result).toMatchObject({ ok: false, problem: 'timeout', retryable: true });
  });
});
