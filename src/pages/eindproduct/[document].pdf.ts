import type { APIRoute, GetStaticPaths } from 'astro';
import { pathsFor } from '../../page-paths/page-paths.ts';
import { getProductPdf } from '../../pdf/product-pdf.ts';

export const getStaticPaths = pathsFor('product pdf') satisfies GetStaticPaths;

/** The final product as a PDF/UA-1 document (src/pdf/). */
export const GET: APIRoute = async () => {
  const pdf = await getProductPdf();
  return new Response(new Uint8Array(pdf.bytes), { headers: { 'Content-Type': 'application/pdf' } });
};
