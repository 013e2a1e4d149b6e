import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  registerAppScheme,
  resolveAppFile,
} from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './csp';

/** A fake dist/ with a secret file next to it, which no URL must ever reach. */
let workDir: string;
let distDir: string;
const SECRET = 'ne doit jamais sortir';

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'recouvra-protocol-'));
  distDir = join(workDir, 'dist');
  mkdirSync(join(distDir, 'assets'), { recursive: true });
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Recouvra</title>');
  writeFileSync(join(distDir, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(distDir, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(distDir, 'assets', 'pdf.wasm'), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(join(distDir, 'assets', 'Inter.woff2'), new Uint8Array([1, 2, 3]));
  writeFileSync(join(workDir, 'secret.txt'), SECRET);
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => createAppProtocolHandler(distDir)({ url, method });

describe('scheme registration', () => {
  it('registers app:// as standard, secure, fetchable, streamable and without CORS', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'app',
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: false,
        stream: true,
      },
    });
  });
});

describe('app:// protocol handler', () => {
  it.each([
    ['app://recouvra/', 'text/html; charset=utf-8', '<!doctype html><title>Recouvra</title>'],
    [
      'app://recouvra/index.html',
      'text/html; charset=utf-8',
      '<!doctype html><title>Recouvra</title>',
    ],
    ['app://recouvra/assets/index-abc.js', 'text/javascript; charset=utf-8', 'export {};'],
    ['app://recouvra/assets/index-abc.css?v=1', 'text/css; charset=utf-8', 'body{}'],
  ])('serves %s as %s', async (url, contentType, body) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(contentType);
    expect(await response.text()).toBe(body);
  });

  it.each([
    ['pdf.wasm', 'application/wasm'],
    ['Inter.woff2', 'font/woff2'],
  ])('serves %s with the type Chromium requires (%s)', async (file, contentType) => {
    const response = await get(`app://recouvra/assets/${file}`);
    expect(response.headers.get('Content-Type')).toBe(contentType);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://recouvra/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['GET', 'app://recouvra/index.html', 200],
    ['GET', 'app://recouvra/absent.js', 404],
    ['GET', 'app://recouvra/assets', 404],
    ['POST', 'app://recouvra/index.html', 405],
    ['GET', 'app://evil/index.html', 404],
  ])('sets the CSP header on %s %s (%i)', async (method, url, status) => {
    const response = await get(url, method);
    expect(response.status).toBe(status);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('has a CSP that loads nothing remote, connects only to a team server, allows no JS eval', () => {
    const directives = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/));
    const remote = /^(https?|wss?|ftp):|:\/\/|\*/;
    for (const [name, ...sources] of directives) {
      const allowed = sources.filter((source) => remote.test(source));
      if (name === 'connect-src') {
        // The team server: any HTTPS origin, plain HTTP on loopback only.
        expect(allowed).toEqual(['https:', 'http://localhost:*', 'http://127.0.0.1:*']);
      } else {
        expect(allowed, name).toEqual([]);
      }
    }
    expect(directives.flat()).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it.each([
    'app://recouvra/../secret.txt',
    'app://recouvra/../../etc/passwd',
    'app://recouvra/..%2fsecret.txt',
    'app://recouvra/..%2Fsecret.txt',
    'app://recouvra/%2e%2e/secret.txt',
    'app://recouvra/%2e%2e%2fsecret.txt',
    'app://recouvra/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://recouvra/assets/..%2f..%2fsecret.txt',
    'app://recouvra/..%5csecret.txt',
    'app://recouvra/assets%5c..%5c..%5csecret.txt',
    'app://recouvra/%252e%252e%252fsecret.txt',
    'app://recouvra//etc/passwd',
    'app://recouvra/%2Fetc%2Fpasswd',
    'app://recouvra/index.html%00.png',
    'app://recouvra/%E0%A4%A',
  ])('never serves anything outside dist/ for %s', async (url) => {
    const resolved = resolveAppFile(distDir, url);
    if (resolved !== null) expect(resolved.startsWith(distDir)).toBe(true);
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it.each([
    'app://evil/index.html',
    'app://recouvra.evil/index.html',
    'app://recouvra@evil/index.html',
    'https://recouvra/index.html',
    'file:///index.html',
  ])('refuses the foreign URL %s', async (url) => {
    expect(resolveAppFile(distDir, url)).toBeNull();
    expect((await get(url)).status).toBe(404);
  });
});
