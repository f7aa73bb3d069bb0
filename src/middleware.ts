import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineMiddleware } from 'astro:middleware';
import { buildContext } from 'virtual:oogst/build-context';
import { sourceOfSitePath } from './content-rules/page-source.ts';
import { toSitePath } from './data/urls.ts';
import { pageRenderError, technicalRecord, type RenderPlace } from './messages/render-errors.ts';
import { shownPath } from './messages/shown-path.ts';

/** The content file a page or file is made from, or undefined for a page made from many. */
function placeOfPage(sitePath: string): RenderPlace | undefined {
  const file = sourceOfSitePath(sitePath, buildContext.contentDir);
  return file ? { file, line: 1, field: '(pagina)' } : undefined;
}

/** Keeps the technical details of a failure for the site's maintainer, outside the output folder; returns where. */
function keepDetails(sitePath: string, caught: unknown): string {
  const file = path.join(buildContext.cacheDir, 'oogst-renderfout.txt');
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, technicalRecord(sitePath, caught));
    return shownPath(file);
  } catch {
    return 'niet bewaard';
  }
}

/** A path as written in the site ("/verhalen/één/"); as it came when it is not valid percent-encoding. */
function decodedPath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/**
 * Astro runs middleware for every page and file it renders, prerendered ones at build time too
 * (docs.astro.build/en/guides/middleware/), and a static build renders a page to the end before
 * next() returns. So whatever a page component, layout, MDX body or chart throws passes here and
 * reaches the editor as a Dutch message naming the content file of the page (or the file a
 * component named itself), never as Astro's English message with a stack trace.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  try {
    return await next();
  } catch (caught) {
    const sitePath = toSitePath(decodedPath(context.url.pathname));
    throw pageRenderError(sitePath, caught, placeOfPage(sitePath), keepDetails(sitePath, caught));
  }
});
