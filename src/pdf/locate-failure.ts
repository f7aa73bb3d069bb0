import { t } from '../i18n/t.ts';
import { ContentError } from '../messages/content-problems.ts';
import { TypstFailure, compileTypstPdf } from './compile-pdf.ts';
import { productDocument, type ProductModel } from './product-document.ts';

/**
 * Which content file a refused document comes from: each chapter, then each chart, is set
 * alone; the first that Typst refuses on its own is named. Otherwise site.yaml (title, colours).
 */
export function locateFailure(model: ProductModel, failure: TypstFailure, timestamp: number): ContentError {
  const refuses = (part: Partial<ProductModel>) => {
    try {
      compileTypstPdf(productDocument({ ...model, chapters: [], charts: [], ...part }), timestamp, model.images);
      return false;
    } catch (error) {
      return error instanceof TypstFailure;
    }
  };
  const file =
    model.chapters.find((chapter) => refuses({ chapters: [chapter] }))?.file ??
    model.charts.find((chart) => refuses({ charts: [chart] }))?.file ??
    'content/site.yaml';
  return new ContentError(
    [
      {
        file,
        field: '(tekst)',
        message: `Typst weigert het document: ${failure.messages.join('; ')}`,
        fix: 'controleer koppen (geen niveau overslaan), alt-teksten en taalcodes in dit bestand',
      },
    ],
    t('pdf.error'),
  );
}
