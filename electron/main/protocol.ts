import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * The app scheme's privileges, registered before `ready`: standard (real origin, so
 * IndexedDB and relative URLs work) and secure (a secure context, like https).
 */
export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a served file; unknown kinds are sent as opaque bytes. */
function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file inside `root` that an `app://pilah/…` URL names, or null when the URL is not the
 * app's, cannot be decoded, or would leave `root` (`..`, encoded `%2e%2e`, backslashes,
 * absolute paths). `/` serves `index.html`.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const base = path.resolve(root);
  const resolved = path.resolve(base, `.${path.sep}${relative}`);
  const inside = path.relative(base, resolved);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return resolved;
}

/**
 * The `app://` request handler: serves files of the built renderer with their Content-Type
 * and the app's CSP, and answers 404 for anything outside it or missing.
 */
export function createAppRequestHandler(
  root: string,
  readFile: (filePath: string) => Promise<Uint8Array> = nodeFs.readFile,
): (request: Request) => Promise<Response> {
  const plain = (status: number) => new Response(null, { status });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405);
    const filePath = resolveAppPath(root, request.url);
    if (filePath === null) return plain(404);
    let body: Uint8Array;
    try {
      body = await readFile(filePath);
    } catch {
      return plain(404);
    }
    const headers = {
      'Content-Type': contentTypeOf(filePath),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
  };
}

/** Serves `root` (the built renderer) on the app scheme; call once the app is ready. */
export function serveApp(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root));
}
