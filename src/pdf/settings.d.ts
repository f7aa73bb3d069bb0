/** Build settings for the PDF, written by src/integrations/product-pdf.ts at config time. */
declare module 'virtual:oogst/pdf-settings' {
  /** Folder for the cached PDF, inside Astro's cacheDir. */
  export const pdfCacheDir: string;
}
