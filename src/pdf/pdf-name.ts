/** A file name from a site name: "Nederland na de crisis" → "nederland-na-de-crisis". */
export function pdfFileName(siteName: string): string {
  const slug = siteName
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'eindproduct';
}
