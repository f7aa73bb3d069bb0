import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file below a folder, absolute, hidden ones left out. */
const filesBelow = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((item) => item.isFile() && !item.name.startsWith('.'))
        .map((item) => path.join(item.parentPath, item.name))
    : [];

/** Astro's name for a file, as it writes it into its asset folder: no spaces or accents. */
const assetNameOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .toLowerCase();

/**
 * The content file an image of the build came from: `transformSrc` is what Astro's image step
 * names (`/_astro/kapot.B12cD34e.jpg`, or a path on disk with a query in dev). Matched on the
 * file's own name, as Astro keeps it before the hash; undefined when no content file has it.
 */
export function contentFileOfAsset(transformSrc: string, contentDir: string): string | undefined {
  const bare = decodeURIComponent(transformSrc.replace(/[?#].*$/, '').replace(/^\/@fs/, ''));
  if (bare.startsWith(path.resolve(contentDir) + path.sep) && existsSync(bare)) return bare;
  const name = path.posix.basename(bare).replace(/\.[A-Za-z0-9_-]{8}(\.[a-z0-9]+)$/i, '$1');
  return filesBelow(contentDir).find((file) => assetNameOf(path.basename(file)) === assetNameOf(name));
}

/** The lines of content texts that name an image file: "stories/x.mdx:11". */
export function usesOfFile(file: string, contentDir: string): { file: string; line: number }[] {
  const name = path.basename(file);
  const uses: { file: string; line: number }[] = [];
  for (const text of filesBelow(contentDir).filter((candidate) => /\.(mdx?|ya?ml)$/i.test(candidate))) {
    readFileSync(text, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.includes(name) || line.includes(encodeURI(name))) uses.push({ file: text, line: index + 1 });
      });
  }
  return uses;
}
