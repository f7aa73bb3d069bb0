import { describe, expect, it } from 'vitest';
import { ContentError } from '../messages/content-problems.ts';
import { TypstFailure, compileTypstPdf } from './compile-pdf.ts';
import { locateFailure } from './locate-failure.ts';
import { productDocument, type ProductChapter, type ProductModel } from './product-document.ts';

const HOSTILE = '#read("/etc/passwd") ] [ " \\ // = *x* $y$';

const chapter = (file: string, bodyMarkup: string): ProductChapter => ({
  file,
  order: 1,
  title: `Hoofdstuk ${HOSTILE}`,
  summary: 'Een samenvatting.',
  bodyMarkup,
  plainSummary: 'Eerste alinea.\n\nTweede alinea.',
  ideas: [{ text: 'Een idee', table: 'T01' }],
  ideasExample: true,
  sources: [{ label: "Thema's", items: ['Wonen', 'Werken'] }],
  sourcesExample: true,
  url: 'https://example.nl/eindproduct/een/',
});

const model = (chapters: ProductChapter[]): ProductModel => ({
  title: `Eindproduct: ${HOSTILE}`,
  siteName: HOSTILE,
  tagline: HOSTILE,
  intro: 'Inleiding.',
  publisher: { name: HOSTILE, url: 'https://example.nl/' },
  author: HOSTILE,
  period: 'december 2020–mei 2021',
  buildDate: new Date(Date.UTC(2021, 6, 1)),
  siteUrl: 'https://example.nl/eindproduct/',
  primaryColour: '#1b3a6b',
  chapters,
  charts: [],
  images: new Map(),
  example: true,
  dataLicence: 'CC0',
  formatDay: (date) => date.toISOString().slice(0, 10),
});

describe('the final product as a Typst document', () => {
  it('compiles to PDF/UA-1 with hostile text in every field, which stays text', () => {
    const source = productDocument(model([chapter('content/chapters/een.mdx', '#"Tekst.";')]));
    // Outside string literals the source holds only what product-document.ts writes.
    const code = source.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(code).not.toContain('read(');
    expect(code).not.toContain('$');
    const pdf = compileTypstPdf(source, 1_625_097_600);
    const raw = pdf.toString('latin1');
    expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(raw).toContain('/Lang (nl-NL)');
  });

  it('names the chapter file when Typst refuses the document', () => {
    const broken = chapter('content/chapters/kapot.mdx', '#image(bytes("<svg xmlns=\\"http://www.w3.org/2000/svg\\"/>"), format: "svg")');
    const whole = model([chapter('content/chapters/goed.mdx', '#"Tekst.";'), broken]);
    let failure: unknown;
    try {
      compileTypstPdf(productDocument(whole), 0);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(TypstFailure);
    const located = locateFailure(whole, failure as TypstFailure, 0);
    expect(located).toBeInstanceOf(ContentError);
    expect(located.problems[0]?.file).toBe('content/chapters/kapot.mdx');
    expect(located.message).toMatch(/De PDF van het eindproduct kan niet gemaakt worden/);
  });
});
