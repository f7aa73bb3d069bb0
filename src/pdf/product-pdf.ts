/**
 * The final product as a PDF/UA-1 document, made once per build: the endpoint publishes it and
 * the pages that link it read its size from here. Cached by content hash in Astro's cache folder.
 * Any document Typst refuses stops the build with a Dutch message naming the content file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildContext } from 'virtual:oogst/build-context';
import { getHarvest } from '../data/harvest.ts';
import { getVisuals } from '../data/visuals.ts';
import { TypstFailure, compileTypstPdf, compilerVersion, siteFontBlobs } from './compile-pdf.ts';
import { locateFailure } from './locate-failure.ts';
import { pdfFileName } from './pdf-name.ts';
import { tagRowHeaders } from './row-headers.ts';
import { PDF_BUILD_REPORT, pdfCacheKey, readCachedPdf, storeCachedPdf } from './pdf-cache.ts';
import { productDocument } from './product-document.ts';
import { buildProductModel } from './product-model.ts';

export interface ProductPdf {
  bytes: Buffer;
  /** The file name without ".pdf", from the site's name ("nederland-na-de-crisis"). */
  name: string;
  fromCache: boolean;
  /** True when the document holds invented examples (each labelled where it stands). */
  example: boolean;
  /** Seconds spent making (or fetching) it. */
  seconds: number;
}

async function makeProductPdf(): Promise<ProductPdf> {
  const started = performance.now();
  const harvest = await getHarvest();
  const { buildDate: date, pdfCacheDir, contentDir, root } = buildContext;
  const model = await buildProductModel(harvest, await getVisuals(), date, { contentDir, publicDir: path.join(root, 'public') });
  const source = productDocument(model);
  const timestamp = Math.floor(date.getTime() / 1000);
  const images = [...model.images].flatMap(([file, image]) => [file, image]);
  const key = pdfCacheKey([source, compilerVersion(), ...siteFontBlobs(), String(timestamp), ...images]);
  let bytes = readCachedPdf(pdfCacheDir, key);
  const fromCache = bytes !== undefined;
  if (!bytes) {
    try {
      bytes = (await tagRowHeaders(compileTypstPdf(source, timestamp, model.images))).bytes;
    } catch (error) {
      throw error instanceof TypstFailure ? locateFailure(model, error, timestamp) : error;
    }
    storeCachedPdf(pdfCacheDir, key, bytes);
  }
  const seconds = (performance.now() - started) / 1000;
  const name = pdfFileName(harvest.site.name);
  writeFileSync(path.join(pdfCacheDir, PDF_BUILD_REPORT), JSON.stringify({ name, bytes: bytes.length, seconds, fromCache }));
  return { bytes, name, fromCache, seconds, example: model.example };
}

let making: Promise<ProductPdf> | undefined;

/** The document of this build, made on first use. */
export function getProductPdf(): Promise<ProductPdf> {
  making ??= makeProductPdf();
  return making;
}
