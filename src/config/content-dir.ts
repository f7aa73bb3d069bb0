import path from 'node:path';

/**
 * The folder the site is built from. Defaults to `./content`; set
 * `OOGST_CONTENT_DIR` to build another dialogue from the same code.
 */
export function getContentDir(): string {
  return path.resolve(process.env.OOGST_CONTENT_DIR ?? 'content');
}
