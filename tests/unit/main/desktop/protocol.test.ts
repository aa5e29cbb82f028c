import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../main/security/content-security-policy';
import { electronDouble, resetElectronDouble } from '../electron-double';

vi.mock('electron', async () => (await import('../electron-double')).electronDouble);

const { answerAppRequest, registerAppScheme, resolveInside, setupAppProtocol } = await import('../../../../main/desktop/protocol');

const ASSET_ID = `${'ab'.repeat(32)}.png`;
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let root = '';
let rendererDir = '';
let assetFile = '';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'briefdesk-protocol-'));
  rendererDir = path.join(root, 'dist', 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Briefdesk</title>');
  await writeFile(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  // A secret beside the renderer folder: nothing may reach it.
  await writeFile(path.join(root, 'dist', 'secret.txt'), 'secret');
  await writeFile(path.join(root, 'secret.txt'), 'secret');
  assetFile = path.join(root, 'library', 'assets', ASSET_ID);
  await mkdir(path.dirname(assetFile), { recursive: true });
  await writeFile(assetFile, PNG_BYTES);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

beforeEach(() => resetElectronDouble());

function deps(assetPath: (id: string) => string | null = (id) => (id === ASSET_ID ? assetFile : null)) {
  return { rendererDir, assetPath, readFile: (file: string) => readFile(file) };
}

function get(url: string, method = 'GET') {
  return answerAppRequest({ url, method }, deps());
}

describe('briefdesk://app/ — the built renderer', () => {
  it('serves index.html with the strict Content-Security-Policy', async () => {
    const response = await get('briefdesk://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    for (const directive of [
      "default-src 'self'",
      "img-src 'self' data: blob: briefdesk:",
      "style-src 'self' 'unsafe-inline'",
      "script-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Briefdesk</title>');
  });

  it('serves the root as index.html, and scripts and styles with their content types', async () => {
    expect(await (await get('briefdesk://app/')).text()).toContain('<title>Briefdesk</title>');
    const script = await get('briefdesk://app/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    const style = await get('briefdesk://app/assets/index-abc.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('briefdesk://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect((await get('briefdesk://app/index.html', 'POST')).status).toBe(405);
  });

  it('refuses path traversal in every spelling', async () => {
    for (const url of [
      'briefdesk://app/../../etc/passwd',
      'briefdesk://app/../secret.txt',
      'briefdesk://app/%2e%2e/secret.txt',
      'briefdesk://app/%2E%2E/%2e%2e/secret.txt',
      'briefdesk://app/%2e%2e%2fsecret.txt',
      'briefdesk://app/%2e%2e%2f%2e%2e%2fsecret.txt',
      'briefdesk://app/assets/..%2f..%2f..%2fsecret.txt',
      'briefdesk://app/..%5c..%5csecret.txt',
      'briefdesk://app/%2fetc%2fpasswd',
      `briefdesk://app/${encodeURIComponent(path.join(root, 'secret.txt'))}`,
      'briefdesk://app/index.html%00.png',
      'briefdesk://app/%E0%A4%A',
      'briefdesk://app/assets',
      'briefdesk://app/missing.js',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('secret');
    }
  });

  it('keeps resolved paths inside the folder', () => {
    expect(resolveInside('/srv/r', '/a/b.js')).toBe(path.resolve('/srv/r/a/b.js'));
    expect(resolveInside('/srv/r', '/')).toBe(path.resolve('/srv/r/index.html'));
    expect(resolveInside('/srv/r', '/%2e%2e/x')).toBeNull();
    expect(resolveInside('/srv/r', '/..%2fr2/x')).toBeNull();
    expect(resolveInside('/srv/r', '/a/%2e%2e/%2e%2e/x')).toBeNull();
  });

  it('answers 404 for other hosts and schemes', async () => {
    for (const url of ['briefdesk://other/index.html', 'https://app/index.html', 'nonsense']) {
      expect((await get(url)).status, url).toBe(404);
    }
  });
});

describe('briefdesk://asset/ — library images', () => {
  it('serves an asset the store knows, with its image type', async () => {
    const response = await get(`briefdesk://asset/${ASSET_ID}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG_BYTES);
  });

  it('answers 404 when the store has no such asset, or the id is not an image id', async () => {
    const assetPath = vi.fn((_id: string): string | null => null);
    const unknown = await answerAppRequest({ url: `briefdesk://asset/${'cd'.repeat(32)}.png`, method: 'GET' }, deps(assetPath));
    expect(unknown.status).toBe(404);
    expect(assetPath).toHaveBeenCalledTimes(1);
    for (const url of [
      'briefdesk://asset/',
      'briefdesk://asset/readme.txt',
      'briefdesk://asset/..%2f..%2fsecret.png',
      'briefdesk://asset/a%5cb.png',
    ]) {
      expect((await answerAppRequest({ url, method: 'GET' }, deps(assetPath))).status, url).toBe(404);
    }
    expect(assetPath).toHaveBeenCalledTimes(1);
  });

  it('answers 404 when the asset file has gone', async () => {
    const response = await answerAppRequest(
      { url: `briefdesk://asset/${ASSET_ID}`, method: 'GET' },
      deps(() => path.join(root, 'gone.png')),
    );
    expect(response.status).toBe(404);
  });
});

describe('scheme registration', () => {
  it('registers briefdesk as a privileged, standard, secure scheme with fetch and no CORS', () => {
    registerAppScheme();
    expect(electronDouble.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'briefdesk', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false } },
    ]);
  });

  it('handles the scheme with the request function', async () => {
    setupAppProtocol({ rendererDir, assetPath: () => null });
    const [scheme, handler] = electronDouble.protocol.handle.mock.calls[0] ?? [];
    expect(scheme).toBe('briefdesk');
    if (!handler) throw new Error('no protocol handler');
    const response = await handler(new Request('briefdesk://app/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
