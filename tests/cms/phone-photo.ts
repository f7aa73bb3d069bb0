import { readFileSync } from 'node:fs';
import sharp from 'sharp';

/**
 * A photo as a phone takes it: 2016 × 1512 pixels of a gradient with noise (so it compresses like a
 * photo), with the camera, the time and the GPS position of where it was taken in its EXIF.
 */
export async function phonePhoto(): Promise<Buffer> {
  const width = 2016;
  const height = 1512;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    const x = i % width;
    const y = Math.floor(i / width);
    const noise = (i * 2654435761) % 23;
    pixels[i * 3] = (x / width) * 200 + noise;
    pixels[i * 3 + 1] = (y / height) * 160 + noise;
    pixels[i * 3 + 2] = 90 + noise;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: 'Telefoonmerk', Model: 'Model X', DateTime: '2021:03:10 10:15:23' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 3012/100', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 1844/100' },
    })
    .toBuffer();
}

/** True when an image file carries EXIF (GPS, camera), XMP, IPTC or an ICC profile. */
export async function carriesMetadata(file: string): Promise<boolean> {
  const meta = await sharp(readFileSync(file)).metadata();
  return [meta.exif, meta.xmp, meta.iptc, meta.icc].some((part) => part !== undefined);
}
