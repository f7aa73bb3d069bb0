import type { APIRoute } from 'astro';
import { getHarvest } from '../../data/harvest.ts';
import { getDataPackage } from '../../data/open-data.ts';
import { pdfListing } from '../../pdf/pdf-listing.ts';
import { getProductPdf } from '../../pdf/product-pdf.ts';

/** The Frictionless Data Package that describes every open data file, its columns and its licence, and the final product's PDF. */
export const GET: APIRoute = async () => {
  const [{ site }, pdf] = await Promise.all([getHarvest(), getProductPdf()]);
  const { name, title, description, url, bytes, hash } = pdfListing(pdf, site);
  const document = { name, title, description, url, mediatype: 'application/pdf', format: 'pdf', bytes, hash };
  return new Response(`${JSON.stringify(await getDataPackage([document]), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
