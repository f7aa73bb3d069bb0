import type { ImageMetadata } from 'astro';
import { describe, expect, it } from 'vitest';
import { responsiveOptions } from './story-images.ts';

const image = (format: ImageMetadata['format']) => ({ src: `/x.${format}`, width: 1200, height: 675, format }) as ImageMetadata;

describe('responsiveOptions', () => {
  it('asks for several widths of a photo', () => {
    expect(responsiveOptions(image('jpg'), [360, 720], '50vw')).toEqual({ widths: [360, 720], sizes: '50vw' });
  });

  it('writes a vector image once, since it is sharp at every width', () => {
    expect(responsiveOptions(image('svg'), [360, 720], '50vw')).toEqual({});
  });
});
