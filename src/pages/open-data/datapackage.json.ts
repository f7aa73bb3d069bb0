import { createHash } from 'node:crypto';
import type { APIRoute } from 'astro';
import { getHarvest } from '../../data/harvest.ts';
import { getDataPackage } from '../../data/open-data.ts';
import { ROUTES, absoluteUrl } from '../../data/urls.ts';
import { t } from '../../i18n/t.ts';
import { getProductPdf } from '../../pdf/product-pdf.ts';

/** The Frictionless Data Package that describes every open data file, its columns and its licence, and the final product's PDF. */
export const GET: APIRoute = async () => {
  const [{ site }, pdf] = await Promise.all([getHarvest(), getProductPdf()]);
  const document = {
    name: 'eindproduct-pdf',
    title: t('pdf.resourceTitle', { site: site.name }),
    description: t('pdf.resourceDescription'),
    url: absoluteUrl(site.baseUrl, ROUTES.productPdf(pdf.name)),
    mediatype: 'application/pdf',
    format: 'pdf',
    bytes: pdf.bytes.length,
    hash: `sha256:${createHash('sha256').update(pdf.bytes).digest('hex')}`,
  };
  return new Response(`${JSON.stringify(await getDataPackage([document]), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
