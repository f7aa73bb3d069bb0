import { slugify } from '../model/slug.ts';

/** A file name from a site name, by the one slug rule: "Nederland na de crisis" → "nederland-na-de-crisis". */
export function pdfFileName(siteName: string): string {
  return slugify(siteName) || 'eindproduct';
}
