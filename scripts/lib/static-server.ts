import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.zip': 'application/zip',
};

/** Types a static host compresses; images, fonts and zips are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv', '.wasm']);

/**
 * A static file server for a built site on 127.0.0.1, like a plain static host (directory index,
 * 404.html). With `gzip`, text answers are compressed when the browser accepts it, as every
 * production host does: Lighthouse simulates a slow network from the bytes that are sent.
 */
export async function serveStatic(
  root: string,
  {
    gzip = false,
    basePath = '',
    headers,
    host = '127.0.0.1',
  }: {
    gzip?: boolean;
    basePath?: string;
    /** Extra response headers per URL path, e.g. those `_headers` gives it, as a host would send them. */
    headers?: (urlPath: string) => Record<string, string>;
    /** The host name in the returned URL (a test may map names to 127.0.0.1 to have two sites). */
    host?: string;
  } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    // A site built for a base path ("/dialoog") is served below it, as its host would; nothing is outside it.
    const inside = !basePath || requested.startsWith(`${basePath}/`);
    const pathname = inside ? requested.slice(basePath.length) : '/404.html';
    let file = path.join(root, pathname);
    if (!file.startsWith(root) || !inside) file = path.join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = inside && existsSync(file);
    const served = found ? file : path.join(root, '404.html');
    const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
    const compress = gzip && COMPRESSIBLE.has(path.extname(served)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(found ? 200 : 404, {
      ...headers?.(requested),
      'Content-Type': type,
      ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    const body = createReadStream(served);
    (compress ? body.pipe(createGzip()) : body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://${host}:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
