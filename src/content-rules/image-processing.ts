import { existsSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { usesOfFile } from '../images/asset-source.ts';
import { imageFailureReason } from '../images/image-step.ts';
import { error, type CheckProblem } from '../messages/content-problems.ts';
import { UPLOAD_TEXT } from '../messages/upload-problems.ts';
import { formatOfName, MAX_IMAGE_PIXELS, rasterSize, sniffFormat } from './image-bytes.ts';
import type { RuleEntry } from './types.ts';
import { filesUsedBy } from './unread-files.ts';

/** The narrowest width Astro's image step makes of a content image (the srcset's smallest). */
const SMALLEST_WIDTH = 160;

/**
 * Every raster image a text uses, put through what Astro's image step will do to it: decoded in
 * full, turned upright and resized to the smallest width with its height to scale. A damaged JPEG
 * or an image too thin to scale fails here, in the check, with the text and line that use it,
 * instead of in the build's image step (where Astro warns and publishes the original). Files the
 * byte rules already refuse (src/content-rules/image-files.ts) are left to their message.
 */
export async function checkImageProcessing(
  contentDir: string,
  entries: readonly RuleEntry[],
  shown: (file: string) => string,
): Promise<CheckProblem[]> {
  const used = new Set(entries.flatMap(filesUsedBy));
  const problems: CheckProblem[] = [];
  for (const file of [...used].sort()) {
    const named = formatOfName(file);
    if (!named || named === 'svg' || !existsSync(file)) continue;
    const bytes = readFileSync(file);
    const size = sniffFormat(bytes) === named ? rasterSize(bytes, named) : undefined;
    if (!size || size.width * size.height > MAX_IMAGE_PIXELS || size.width === 0 || size.height === 0) continue;
    const width = Math.min(SMALLEST_WIDTH, size.width);
    const reason = await (async () => {
      try {
        await sharp(bytes, { failOn: 'none', limitInputPixels: MAX_IMAGE_PIXELS })
          .rotate()
          .resize({ width, height: Math.round((width * size.height) / size.width) })
          .webp()
          .toBuffer();
        return undefined;
      } catch (caught) {
        return imageFailureReason(caught instanceof Error ? caught.message : String(caught));
      }
    })();
    if (reason === undefined) continue;
    const [first] = usesOfFile(file, contentDir);
    problems.push(
      error({
        file: first ? shown(first.file) : shown(file),
        ...(first ? { line: first.line } : {}),
        field: '(afbeelding)',
        ...UPLOAD_TEXT.imageNotProcessed(shown(file), reason),
        rule: 'image-processing',
      }),
    );
  }
  return problems;
}
