import path from 'node:path';
import { error, formatCheckProblem } from '../messages/content-problems.ts';
import { UPLOAD_TEXT } from '../messages/upload-problems.ts';
import { contentFileOfAsset, usesOfFile } from './asset-source.ts';

/**
 * Astro's image step, when it cannot resize an image, logs an English warning and publishes the
 * original as it is (with whatever it holds), or throws a stack trace that names a file in
 * `_astro/`. This is the message an editor gets instead: the text and line that use the image,
 * the image file, what went wrong and the fix, in Dutch, as the check words it.
 */
export function imageStepFailure(transformSrc: string, reason: string, contentDir: string, shown: (file: string) => string): string {
  const image = contentFileOfAsset(transformSrc, contentDir);
  const imageName = image
    ? shown(image)
    : path.posix.basename(transformSrc.replace(/[?#].*$/, '')).replace(/\.[A-Za-z0-9_-]{8}(\.[a-z0-9]+)$/i, '$1');
  const uses = image ? usesOfFile(image, contentDir) : [];
  const first = uses[0];
  const words = UPLOAD_TEXT.imageNotProcessed(imageName, imageFailureReason(reason));
  const problem = error({
    file: first ? shown(first.file) : imageName,
    ...(first ? { line: first.line } : {}),
    field: '(afbeelding)',
    ...words,
  });
  const others = uses.slice(1).map((use) => `${shown(use.file)}:${use.line}`);
  return `De afbeeldingsstap van de build is gestopt:\n${formatCheckProblem(problem)}${others.length > 0 ? `\n(ook gebruikt in ${others.join(', ')})` : ''}`;
}

/** Why sharp could not resize an image, in the editor's words where they are known. */
export function imageFailureReason(message: string): string {
  const first = message.split('\n')[0]!.slice(0, 160);
  return /for (height|width)/.test(first) ? 'zo smal of plat dat er bij verkleinen geen pixel overblijft' : `technische oorzaak: ${first}`;
}
