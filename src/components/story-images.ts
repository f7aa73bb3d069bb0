import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';

type CardImage = Awaited<ReturnType<typeof getImage>>;

/** What an <img> of a story needs: its address and the attributes Astro's <Image> would write. */
export interface ImageTag {
  src: string;
  attributes: Record<string, unknown>;
}

/**
 * Widths and sizes for a responsive picture, or nothing for a vector image: an SVG is sharp at
 * every width, so copies "at 360 and 720 pixels" would be the same file written several times.
 */
export function responsiveOptions(src: ImageMetadata, widths: number[], sizes: string): { widths?: number[]; sizes?: string } {
  return src.format === 'svg' ? {} : { widths, sizes };
}

// Keyed by the image itself, so an edited hero image is never served from an older entry.
const cardImages = new WeakMap<ImageMetadata, Promise<CardImage>>();

/**
 * The picture of a story card, worked out once per story: a story shows up on five or more
 * list pages (all stories, its kind, its track, each of its themes), and each <Image> would
 * compute the same srcset again.
 */
export async function getStoryCardImage(src: ImageMetadata): Promise<ImageTag> {
  let image = cardImages.get(src);
  if (!image) {
    image = getImage({
      src,
      alt: '',
      loading: 'lazy',
      ...responsiveOptions(src, [360, 720], '(min-width: 60rem) 24rem, (min-width: 36rem) 50vw, 100vw'),
    });
    cardImages.set(src, image);
  }
  const { src: url, srcSet, attributes } = await image;
  // The attributes in the order of Astro's <Image>.
  return { src: url, attributes: { ...(srcSet.values.length > 0 ? { srcset: srcSet.attribute } : {}), ...attributes } };
}

/** The small picture next to a story in search results; a vector image is the hero file itself. */
export function getSearchThumbnail(src: ImageMetadata): Promise<CardImage> {
  return getImage(src.format === 'svg' ? { src } : { src, width: 160 });
}
