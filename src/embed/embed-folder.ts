import { EMBED_FOLDER } from '../data/routes.ts';

/**
 * The embed pages' place in the built site and the headers that let other sites frame them.
 * Every other page keeps `frame-ancestors 'none'` and `X-Frame-Options: DENY`.
 */

/** Whether a file of the built site (relative path) is an embed page or its oEmbed document. */
export const isEmbedFile = (file: string): boolean => file.split('\\').join('/').startsWith(`${EMBED_FOLDER}/`);

/** Whether a site path ("/insluiten/x/") is below the embed folder: left out of the sitemap. */
export const isEmbedPath = (sitePath: string): boolean => sitePath.startsWith(`/${EMBED_FOLDER}/`);

/** Who may frame an embed page: any site. A `<meta>` CSP cannot say this; only the header can. */
export const EMBED_FRAME_ANCESTORS: readonly string[] = ['*'];

/**
 * Common headers the embed folder does without. X-Frame-Options knows no "everyone", and a host
 * joins its value from `/*` with the folder's, so it goes on every other section instead.
 */
export const EMBED_HEADERS: readonly (readonly [string, string | null])[] = [['X-Frame-Options', null]];
