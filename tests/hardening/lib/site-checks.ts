import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { listFiles, listSiteFiles } from '../../support/dist.ts';
import { scanTags, urlsOfTag, type Tag } from './html-scan.ts';

/** A built page, scanned once and shared by every check. */
export interface ScannedPage {
  /** File relative to the output folder. */
  file: string;
  /** Its URL path, e.g. /themas/wonen/. */
  url: string;
  tags: Tag[];
}

/** Scans every HTML page of a built site; under a base path ("/dialoog") the pages' URLs start with it. */
export function scanSite(dist: string, basePath = ''): ScannedPage[] {
  return listSiteFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({
      file,
      url: basePath + '/' + file.replace(/(^|\/)index\.html$/, '$1'),
      tags: scanTags(readFileSync(path.join(dist, file), 'utf8')),
    }));
}

/** The site's own origin from its canonical links; absolute URLs there count as internal. */
export function siteOrigin(pages: readonly ScannedPage[]): string | undefined {
  for (const page of pages) {
    const canonical = page.tags.find((tag) => tag.name === 'link' && tag.attributes.rel === 'canonical')?.attributes.href;
    if (canonical) return new URL(canonical).origin;
  }
  return undefined;
}

const LOCAL = 'http://oogst.invalid';

/** Resolves a page's URL reference to a path on this site, or undefined for other origins and schemes. */
export function internalTarget(url: string, pageUrl: string, origin: string | undefined): URL | undefined {
  if (/^(mailto|tel):/i.test(url)) return undefined;
  const resolved = new URL(url, LOCAL + pageUrl);
  if (resolved.origin === LOCAL) return resolved;
  if (origin && resolved.origin === origin) return new URL(resolved.pathname + resolved.search + resolved.hash, LOCAL);
  return undefined;
}

/** The file a path is served from, like a static host with directory indexes (below the base path); undefined when nothing is there. */
export function fileForPath(dist: string, pathname: string, basePath = ''): string | undefined {
  if (basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
  const decoded = decodeURIComponent(pathname.slice(basePath.length));
  const candidate = path.join(dist, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  if (!candidate.startsWith(dist) || !existsSync(candidate) || statSync(candidate).isDirectory()) return undefined;
  return path.relative(dist, candidate);
}

/** Ids that a fragment can point to on a page. */
function anchorsOf(page: ScannedPage): Set<string> {
  const ids = new Set<string>(['', 'top']);
  for (const tag of page.tags) {
    if (tag.attributes.id) ids.add(tag.attributes.id);
    if (tag.name === 'a' && tag.attributes.name) ids.add(tag.attributes.name);
  }
  return ids;
}

/** Every internal link, image, script and stylesheet that points to a missing file or fragment. */
export function findBrokenLinks(dist: string, pages: readonly ScannedPage[], basePath = ''): string[] {
  const origin = siteOrigin(pages);
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const anchors = new Map<string, Set<string>>();
  const broken: string[] = [];
  for (const page of pages) {
    for (const tag of page.tags) {
      for (const { attribute, url } of urlsOfTag(tag)) {
        const target = internalTarget(url, page.url, origin);
        if (!target) continue;
        const file = fileForPath(dist, target.pathname, basePath);
        if (!file) {
          const hint = existsSync(path.join(dist, decodeURIComponent(target.pathname), 'index.html'))
            ? ' (de slash aan het eind ontbreekt)'
            : '';
          broken.push(`${page.url}: <${tag.name} ${attribute}="${url}"> wijst naar iets dat niet bestaat${hint}`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (!fragment || !file.endsWith('.html')) continue;
        const targetPage = byFile.get(file);
        if (!targetPage) continue;
        if (!anchors.has(file)) anchors.set(file, anchorsOf(targetPage));
        if (!anchors.get(file)?.has(fragment))
          broken.push(
            `${page.url}: <${tag.name} ${attribute}="${url}"> wijst naar #${fragment}, maar die id staat niet op ${target.pathname}`,
          );
      }
    }
  }
  return broken;
}

/** Tags that make the browser load something, by the attributes it loads from. */
function loadsFrom(tag: Tag): string[] {
  const { name, attributes } = tag;
  if (name === 'link') {
    const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
    const loading = [
      'stylesheet',
      'preload',
      'modulepreload',
      'icon',
      'apple-touch-icon',
      'manifest',
      'prefetch',
      'preconnect',
      'dns-prefetch',
      'mask-icon',
    ];
    return rel.some((word) => loading.includes(word)) ? ['href', 'imagesrcset'] : [];
  }
  if (['script', 'img', 'iframe', 'frame', 'embed', 'source', 'track', 'audio', 'video', 'input'].includes(name))
    return ['src', 'srcset', 'poster'];
  if (name === 'object') return ['data'];
  if (name === 'image' || name === 'use') return ['href', 'xlink:href'];
  return [];
}

/** Everything a page loads from another origin (scripts, styles, fonts, images, frames), and CSS that does. */
export function findThirdPartyRequests(dist: string, pages: readonly ScannedPage[]): string[] {
  const origin = siteOrigin(pages);
  const found: string[] = [];
  for (const page of pages) {
    for (const tag of page.tags) {
      const attributes = loadsFrom(tag);
      for (const { attribute, url } of urlsOfTag(tag)) {
        if (!attributes.includes(attribute) || url.startsWith('data:')) continue;
        if (!internalTarget(url, page.url, origin)) found.push(`${page.url}: <${tag.name} ${attribute}="${url}">`);
      }
      const style = tag.attributes.style;
      if (style && /url\(\s*['"]?(https?:)?\/\//i.test(style)) found.push(`${page.url}: style="${style}" laadt van een andere site`);
    }
  }
  for (const file of listFiles(dist).filter((name) => name.endsWith('.css') || name.endsWith('.html'))) {
    const text = readFileSync(path.join(dist, file), 'utf8');
    for (const match of text.matchAll(/(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/gi)) {
      const url = match[1] ?? '';
      if (!origin || new URL(url, 'https://x.invalid').origin !== origin) found.push(`${file}: CSS laadt ${url}`);
    }
  }
  return found;
}

/** Links that open a new window without rel="noopener noreferrer". */
export function findUnsafeNewWindows(pages: readonly ScannedPage[]): string[] {
  const found: string[] = [];
  for (const page of pages) {
    for (const tag of page.tags) {
      const target = tag.attributes.target;
      if (!target || ['_self', '_top', '_parent'].includes(target.toLowerCase())) continue;
      const rel = new Set((tag.attributes.rel ?? '').toLowerCase().split(/\s+/));
      if (!rel.has('noopener') || !rel.has('noreferrer'))
        found.push(`${page.url}: <${tag.name} href="${tag.attributes.href ?? ''}" target="${target}"> mist rel="noopener noreferrer"`);
    }
  }
  return found;
}
