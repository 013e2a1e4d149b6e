import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';
import { contentTypeFor } from './mime-types';
import { APP_HOST, APP_SCHEME } from './origin';

/**
 * Serving the renderer from a custom scheme instead of file:// gives it a real, stable origin
 * (IndexedDB lives there) and lets us attach the CSP header to every response.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    // A hierarchical URL with a real origin: relative URLs resolve, storage APIs are available.
    standard: true,
    // A secure context, like https: crypto.subtle, clipboard and IndexedDB behave as on the web.
    secure: true,
    supportFetchAPI: true,
    // Everything is same-origin; no other origin ever needs to read our files.
    corsEnabled: false,
    stream: true,
    // V8 can cache compiled bundles between launches, as it does for https.
    codeCache: true,
  },
};

/** Must run before the app's `ready` event: Chromium reads scheme privileges at start-up. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** What the handler reads from Electron's request (a fetch `Request` in practice). */
export interface AppProtocolRequest {
  url: string;
  method: string;
}

/**
 * Maps an `app://recouvra/...` URL to a file inside `rootDir`, or null when the URL names another
 * host, is malformed, or would escape the root once percent-decoded (`..%2f`, `%5c`, NUL…).
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;

  // Split on both separators: on Windows a decoded backslash is a path separator too.
  const segments = pathname.split(/[/\\]+/).filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..')) return null;
  if (segments.length === 0) segments.push('index.html');

  const root = resolve(rootDir);
  const filePath = resolve(root, ...segments);
  // Belt and braces: whatever the segments contained (a drive letter, say), stay inside root.
  const fromRoot = relative(root, filePath);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${sep}`)) return null;
  if (isAbsolute(fromRoot)) return null;
  return filePath;
}

/** Headers on every response, errors included, so no page of ours ever lacks the CSP. */
export function responseHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
}

function errorResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: responseHeaders('text/plain; charset=utf-8') });
}

/** The `protocol.handle('app', …)` handler: serves files from `rootDir` (the Vite build). */
export function createAppProtocolHandler(
  rootDir: string,
): (request: AppProtocolRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return errorResponse(405, 'Method Not Allowed');
    }
    const filePath = resolveAppFile(rootDir, request.url);
    if (filePath === null) return errorResponse(404, 'Not Found');

    let body: Uint8Array<ArrayBuffer>;
    try {
      // stat first: reading a directory would throw a less useful error, and dist/ has some.
      if (!(await stat(filePath)).isFile()) return errorResponse(404, 'Not Found');
      // readFile never returns a SharedArrayBuffer-backed buffer; the DOM typings want that said.
      body = (await readFile(filePath)) as Uint8Array<ArrayBuffer>;
    } catch {
      return errorResponse(404, 'Not Found');
    }
    const headers = responseHeaders(contentTypeFor(filePath));
    headers.set('Content-Length', String(body.byteLength));
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}
