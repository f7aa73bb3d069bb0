import path from 'node:path';

/**
 * The folder the web archive is written to: beside the output folder, never in it. The archive
 * holds every byte of the site once more, so inside `dist/` a host would publish it (doubling the
 * site, and Cloudflare Pages refuses files over 25 MiB) and the next archive would hold the last.
 * `dist/` gives `dist-archief/`; the build's temporary `dist.next-123/` gives `dist.next-123-archief/`,
 * which scripts/build.ts moves with the site.
 */
export function archiveDirOf(outDir: string): string {
  return `${path.resolve(outDir)}-archief`;
}
