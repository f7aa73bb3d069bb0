/**
 * The Content-Type a host sends for a file of the built site, by extension: the types the common
 * static hosts (Netlify, Cloudflare Pages, GitHub Pages, nginx's mime.types) agree on, with a
 * charset for text, so the archive records what a reader's browser received.
 */
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  ttl: 'text/turtle; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  xsl: 'application/xslt+xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  yml: 'text/yaml; charset=utf-8',
  yaml: 'text/yaml; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  pdf: 'application/pdf',
  zip: 'application/zip',
  wasm: 'application/wasm',
  webmanifest: 'application/manifest+json',
};

/** Pagefind's index fragments have their own extensions; hosts send them as bytes. */
const BINARY = 'application/octet-stream';

/** Content-Type of a built file by its name; RSS feeds are XML, `security.txt` plain text. */
export function contentTypeOf(file: string): string {
  const name = file.split('/').pop() ?? file;
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return BINARY;
  return TYPES[name.slice(dot + 1).toLowerCase()] ?? BINARY;
}

/** The media type without parameters, as a CDX line names it. */
export function mediaTypeOf(contentType: string): string {
  return contentType.split(';')[0]!.trim();
}
