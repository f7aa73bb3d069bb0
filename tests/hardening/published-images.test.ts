import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMetadata, referencedAssets } from '../../src/images/published-images.ts';
import { assertBuilt, DIST, listFiles } from '../support/dist.ts';

describe('the images of the built default site', () => {
  assertBuilt();
  const assets = listFiles(path.join(DIST, '_astro'));
  const used = referencedAssets(DIST);

  it('names assets, and every asset any page, feed, style or data file names exists', () => {
    expect(used.size).toBeGreaterThan(0);
    const missing = [...used].filter((name) => !existsSync(path.join(DIST, '_astro', name)));
    expect(missing).toEqual([]);
  });

  it('publishes no image in _astro/ that nothing names (originals of resized images, drafts’ images)', () => {
    const images = assets.filter((file) => /\.(png|jpe?g|gif|webp|avif|svg)$/i.test(file));
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((file) => !used.has(file.split(path.sep).join('/')))).toEqual([]);
  });

  it('publishes no raster in _astro/ with EXIF, XMP, IPTC or ICC data', async () => {
    for (const file of assets.filter((name) => /\.(png|jpe?g|gif|webp|avif)$/i.test(name)))
      expect(await hasMetadata(readFileSync(path.join(DIST, '_astro', file))), file).toBe(false);
  });
});
