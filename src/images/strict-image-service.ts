import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import sharp from 'sharp';
import { buildContext } from 'virtual:oogst/build-context';
import { shownPath } from '../model/content-files.ts';
import { imageStepFailure } from './image-step.ts';

/**
 * An error whose message is all an editor needs: no stack trace of Astro's internals. Marked as
 * Astro's own kind of error, which its image step passes on instead of wrapping it in an English one.
 */
function refusal(message: string): Error {
  return Object.assign(new Error(message), { name: 'Afbeelding', type: 'AstroError', stack: '' });
}

/**
 * Astro's sharp service, strict: where it would warn and publish the original unprocessed (a
 * damaged JPEG, an image too thin to resize) or throw a stack trace, the build stops with the
 * check's kind of message: the text and line that use the image and the fix (src/images/image-step.ts).
 */
const strictImageService: LocalImageService = {
  ...(sharpService as LocalImageService),
  async transform(inputBuffer, transform, config, logger) {
    const stop = (reason: string) => refusal(imageStepFailure(String(transform.src), reason, buildContext.contentDir, shownPath));
    // Astro's warning says only that it gave up; sharp's own error says why.
    const why = async () =>
      sharp(inputBuffer, { failOn: 'none' })
        .toBuffer()
        .then(
          () => 'verkleinen mislukt',
          (caught: unknown) => (caught instanceof Error ? caught.message : String(caught)),
        );
    let gaveUp = false;
    const strictLogger = Object.assign(Object.create(logger ?? null), {
      warn: () => {
        gaveUp = true;
      },
    });
    let result: Awaited<ReturnType<LocalImageService['transform']>>;
    try {
      result = await (sharpService as LocalImageService).transform(inputBuffer, transform, config, strictLogger);
    } catch (caught) {
      throw stop(caught instanceof Error ? caught.message : String(caught));
    }
    if (gaveUp) throw stop(await why());
    return result;
  },
};

export default strictImageService;
