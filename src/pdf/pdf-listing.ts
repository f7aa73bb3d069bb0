/**
 * How the final product's PDF is described where documents are listed beside the data
 * (datapackage.json and the DCAT catalogue): one title, one description that says when the
 * document holds invented examples, its address, size and hash.
 */
import { createHash } from 'node:crypto';
import { ROUTES, absoluteUrl } from '../data/urls.ts';
import { t } from '../i18n/t.ts';
import { getHarvest } from '../data/harvest.ts';
import type { CatalogueDocument } from '../open-data/dcat.ts';
import { getProductPdf, type ProductPdf } from './product-pdf.ts';

/** The standard the document meets, as the catalogue names it (ISO 14289-1, PDF/UA-1). */
export const PDF_UA_1 = { url: 'https://www.iso.org/standard/64599.html', title: 'ISO 14289-1: PDF/UA-1, toegankelijke PDF' } as const;

export interface PdfListing {
  name: string;
  title: string;
  description: string;
  /** Full address of the file. */
  url: string;
  /** Full address of the page that links it (/eindproduct/). */
  landingPage: string;
  bytes: number;
  /** "sha256:…" of the file. */
  hash: string;
  example: boolean;
}

export function pdfListing(pdf: Pick<ProductPdf, 'bytes' | 'name' | 'example'>, site: { name: string; baseUrl: string }): PdfListing {
  const description = t('pdf.resourceDescription');
  return {
    name: 'eindproduct-pdf',
    title: t('pdf.resourceTitle', { site: site.name }),
    description: pdf.example ? `${description} ${t('pdf.resourceExample')}` : description,
    url: absoluteUrl(site.baseUrl, ROUTES.productPdf(pdf.name)),
    landingPage: absoluteUrl(site.baseUrl, ROUTES.chapters),
    bytes: pdf.bytes.length,
    hash: `sha256:${createHash('sha256').update(pdf.bytes).digest('hex')}`,
    example: pdf.example,
  };
}

/** The document as the DCAT catalogue lists it: a dataset with one PDF distribution that conforms to PDF/UA-1. */
export async function catalogueDocuments(): Promise<CatalogueDocument[]> {
  const [{ site }, pdf] = await Promise.all([getHarvest(), getProductPdf()]);
  const { name, title, description, example, url, landingPage, bytes } = pdfListing(pdf, site);
  return [{ name, title, description, example, url, landingPage, bytes, conformsTo: PDF_UA_1 }];
}
