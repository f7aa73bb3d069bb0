import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import strictImageService from './strict-image-service.ts';

const logger = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined };
const config = { service: { entrypoint: '', config: {} } };

describe('the image step, strict', () => {
  it('stops with a Dutch message where Astro would warn and publish a damaged image unprocessed', async () => {
    // The damaged JPEG of the corpus: its header is sound, its picture data is not.
    const jpeg = readFileSync('tests/fixtures/broken/story-hero-damaged-jpeg/content/stories/images/kapot.jpg');
    const transform = { src: '/_astro/kapot.ByDkz9GR.jpg', width: 32, height: 24, format: 'webp' as const };
    const failed = await strictImageService.transform(jpeg, transform, config as never, logger as never).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(failed?.message).toMatch(
      /^De afbeeldingsstap van de build is gestopt:\nFOUT kapot\.jpg veld \(afbeelding\): de afbeelding kapot\.jpg kan niet worden verkleind voor de site \(technische oorzaak: VipsJpeg/,
    );
    expect(failed?.stack).toBe('');
  });

  it('resizes a sound image as Astro’s own service does', async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#369' } })
      .png()
      .toBuffer();
    const result = await strictImageService.transform(
      png,
      { src: '/_astro/goed.Ab12Cd34.png', width: 32, height: 24, format: 'webp' },
      config as never,
      logger as never,
    );
    expect((await sharp(Buffer.from(result.data)).metadata()).width).toBe(32);
  });
});
