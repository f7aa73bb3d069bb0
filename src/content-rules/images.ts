import { existsSync } from 'node:fs';
import path from 'node:path';
import { altText } from '../schemas/shared.ts';

/**
 * The rules for images in content, once, for the front matter (a story's `hero`) and the body
 * (Markdown images and `<img>`): the file is an image, lies inside the content folder (or in
 * public/ for a path from the root) and exists; the alt text is what `altText` of the schemas
 * accepts.
 */

/** File names the site takes for images. */
export const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

/** Why an image reference does not work; undefined when it does. */
export type ImageFault = 'remote' | 'not-an-image' | 'outside-content' | 'missing';

/** True when `file` lies inside `dir` (after resolving `..`). */
export const isInside = (dir: string, file: string) => {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/**
 * What is wrong with an image path written in `entryFile`: a web address, not an image file
 * (only checked where the field must be an image), outside the content folder, or missing. A
 * path from the root (`/logo.svg`) points into `publicDir`.
 */
export function imageFault(
  src: string,
  where: { entryFile: string; contentDir: string; publicDir?: string | undefined; requireImageName?: boolean },
): ImageFault | undefined {
  if (/^(https?:)?\/\//.test(src)) return 'remote';
  if (where.requireImageName && !IMAGE_FILE.test(src)) return 'not-an-image';
  const fromRoot = src.startsWith('/');
  if (fromRoot && where.publicDir === undefined) return 'outside-content';
  const file = fromRoot ? path.join(where.publicDir!, src) : path.resolve(path.dirname(where.entryFile), src);
  if (!fromRoot && !isInside(where.contentDir, file)) return 'outside-content';
  return existsSync(file) ? undefined : 'missing';
}

/**
 * The words for an image fault. `named` is true where the field already names the file (a body
 * image is reported as field `afbeelding <path>`), so the message need not repeat it.
 */
export function imageFaultMessage(fault: ImageFault, src: string, named: boolean): { message: string; fix: string } {
  const the = named ? 'de afbeelding' : `de afbeelding "${src}"`;
  switch (fault) {
    case 'remote':
      return {
        message: `${the} staat op een andere website; die wordt dan bij elke bezoeker opgehaald`,
        fix: 'zet het bestand in de inhoudsmap naast de tekst en verwijs ernaar met ./',
      };
    case 'not-an-image':
      return {
        message: `"${src}" is geen afbeelding: gebruik een .svg-, .png-, .jpg- of .webp-bestand`,
        fix: 'verwijs naar een afbeeldingsbestand',
      };
    case 'outside-content':
      return {
        message: `${the} staat buiten de inhoudsmap`,
        fix: 'zet het bestand in de map van de tekst (bijvoorbeeld images/) en verwijs ernaar met ./images/…',
      };
    case 'missing':
      return {
        message: named ? 'het afbeeldingsbestand bestaat niet' : `${the} bestaat niet`,
        fix: 'controleer de bestandsnaam en het pad (begin met ./ voor een bestand naast de tekst)',
      };
  }
}

/** What is wrong with an alt text, by the schemas' own `altText` rule; undefined when it is good. */
export function altTextProblem(alt: string | undefined): string | undefined {
  if (alt === undefined || alt.trim() === '') return 'de alt-tekst ontbreekt';
  const parsed = altText.safeParse(alt);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}
