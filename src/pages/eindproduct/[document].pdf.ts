import type { APIRoute, GetStaticPaths } from 'astro';
import { getHarvest } from '../../data/harvest.ts';
import { pdfFileName } from '../../pdf/pdf-name.ts';
import { getProductPdf } from '../../pdf/product-pdf.ts';

/** One document, named after the site: /eindproduct/<site-name>.pdf (ROUTES.productPdf). */
export const getStaticPaths = (async () => {
  const { site } = await getHarvest();
  return [{ params: { document: pdfFileName(site.name) } }];
}) satisfies GetStaticPaths;

/** The final product as a PDF/UA-1 document (src/pdf/). */
export const GET: APIRoute = async () => {
  const pdf = await getProductPdf();
  return new Response(new Uint8Array(pdf.bytes), { headers: { 'Content-Type': 'application/pdf' } });
};
