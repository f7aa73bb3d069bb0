/**
 * The final product as one Typst document: title page, table of contents (which is also the
 * PDF's bookmarks), the chapters in order with their plain-language summary, ideas and sources,
 * the charts, and a colophon. Input is plain data (src/pdf/product-model.ts makes it from the
 * harvest); every text goes through `text()`, so content cannot write Typst.
 */
import { t } from '../i18n/t.ts';
import { block, call, text, typstString } from './typst-text.ts';

/** A labelled list of sources under a chapter ("Thema's: Wonen, Werken"). */
export interface SourceList {
  label: string;
  items: string[];
}

/** One chapter, ready to set. */
export interface ProductChapter {
  /** The content file, named when the chapter cannot be set. */
  file: string;
  order: number;
  title: string;
  summary: string;
  /** The body, already converted to Typst markup by src/pdf/body-to-typst.ts. */
  bodyMarkup: string;
  plainSummary: string;
  ideas: { text: string; table: string }[];
  ideasExample: boolean;
  sources: SourceList[];
  /** True when a dialogue table it names is an example. */
  sourcesExample: boolean;
  /** Full address of the chapter's page. */
  url: string;
}

/** A chart in the appendix: its title (a heading) and its figure markup (src/pdf/chart-figure.ts). */
export interface ProductChart {
  /** The spec file, named when the chart cannot be set. */
  file: string;
  title: string;
  markup: string;
}

/** Everything the document shows. */
export interface ProductModel {
  /** The document title: window title, dc:title, title page. */
  title: string;
  siteName: string;
  tagline: string;
  intro: string;
  publisher: { name: string; url: string };
  /** The document's author in its metadata: the publisher when known, else none (never the "not filled in" text). */
  author: string | undefined;
  /** The dialogue's period in words, as precise as its dates ("1 december 2020–31 mei 2021"). */
  period: string | undefined;
  /** The build date: in the metadata and on the title page and colophon. */
  buildDate: Date;
  /** Full address of the final product on the site. */
  siteUrl: string;
  primaryColour: string;
  chapters: ProductChapter[];
  charts: ProductChart[];
  /** Files the document names: the re-encoded images of chapter bodies, by their path in the compiler ("/afbeeldingen/…"). */
  images: ReadonlyMap<string, Buffer>;
  /** True when anything in it is an invented example (labelled "Voorbeeld" where it stands); listings say so. */
  example: boolean;
  /** The open data licence's title, for the colophon. */
  dataLicence: string;
  /** Days are formatted by the caller's house formatter ("26 mei 2021"). */
  formatDay: (date: Date) => string;
}

/** The page set-up and the two helpers bodies call (`callout`, `example-note`). */
function preamble(model: ProductModel): string {
  const date = model.buildDate;
  return `#set document(title: ${typstString(model.title)}, ${model.author ? `author: (${typstString(model.author)},), ` : ''}date: datetime(year: ${date.getUTCFullYear()}, month: ${date.getUTCMonth() + 1}, day: ${date.getUTCDate()}))
#set text(lang: "nl", region: "NL", font: "Source Sans 3", size: 11pt, hyphenate: false, fallback: false)
#set par(leading: 0.75em, spacing: 1.2em)
#let primary = rgb(${typstString(model.primaryColour)})
#set page(paper: "a4", margin: (x: 2.4cm, top: 2.4cm, bottom: 2.6cm), footer: context {
  set text(size: 9pt, fill: luma(30%))
  if counter(page).get().first() > 1 [${text(model.title)} #h(1fr) #counter(page).display()]
})
#set heading(numbering: none)
#show heading: set text(fill: primary)
#show heading.where(level: 1): set text(size: 22pt)
#show heading.where(level: 2): set text(size: 15pt)
#show heading.where(level: 3): set text(size: 12.5pt)
#show link: set text(fill: primary)
#show link: underline
#set figure(supplement: [Figuur])
#show figure.caption: set align(left)
#show figure.where(kind: table): set figure(supplement: [Tabel])
#show figure.where(kind: table): set figure.caption(position: top)
#show figure.where(kind: table): set align(left)
#set table(stroke: 0.5pt + luma(70%), inset: 5pt)
#show table.cell.where(y: 0): strong
#set quote(block: true)
#show quote: set text(size: 12pt)
#let callout(title, body) = block(width: 100%, inset: 10pt, stroke: (left: 3pt + primary), fill: luma(96%))[#strong(title) #parbreak() #body]
#let example-note(label, body) = block(width: 100%, inset: 8pt, stroke: 1pt + rgb("#8a4b00"))[#strong(label) #body]
`;
}

function titlePage(model: ProductModel): string {
  const lines = [
    `#text(size: 13pt, fill: luma(30%))[${text(model.siteName)}]`,
    `#title()`,
    `#text(size: 14pt)[${text(model.tagline)}]`,
    text(model.intro),
    model.period ? text(t('pdf.period', { period: model.period })) : '',
    text(t('pdf.version', { date: model.formatDay(model.buildDate) })),
    text(t('pdf.publisher', { organisation: model.publisher.name })),
    `${text(t('pdf.online'))} ${call('link', text(model.siteUrl), typstString(model.siteUrl))}`,
  ];
  return `#show title: set text(size: 30pt, fill: primary)\n#v(3cm)\n${lines.filter(Boolean).join('\n\n')}\n#pagebreak()`;
}

function chapterMarkup(chapter: ProductChapter): string {
  const parts = [
    '#pagebreak(weak: true)',
    `#text(fill: luma(30%))[${text(t('product.chapter', { number: chapter.order }))}]`,
    `#heading(level: 1)[${text(chapter.title)}]`,
    `#text(size: 12.5pt)[${text(chapter.summary)}]`,
    chapter.bodyMarkup,
  ];
  if (chapter.ideas.length > 0) {
    parts.push(`#heading(level: 2)[${text(t('product.ideas'))}]`);
    if (chapter.ideasExample) parts.push(`#example-note(${block(text(t('site.exampleLabel')))})[${text(t('ideas.exampleNote'))}]`);
    const items = chapter.ideas.map((idea) => block(text(`${idea.text} (${t('ideas.fromTable', { table: idea.table })})`)));
    parts.push(`#list(${items.join(', ')})`);
  }
  parts.push(`#heading(level: 2)[${text(t('site.plainLanguage'))}]`);
  parts.push(...chapter.plainSummary.split(/\n{2,}/).map((paragraph) => text(paragraph.replace(/\s+/g, ' '))));
  if (chapter.sources.length > 0) {
    parts.push(`#heading(level: 2)[${text(t('site.provenance'))}]`);
    if (chapter.sourcesExample) parts.push(`#example-note(${block(text(t('site.exampleLabel')))})[${text(t('site.provenanceExample'))}]`);
    const terms = chapter.sources.map((source) => `terms.item(${block(text(source.label))}, ${block(text(source.items.join('; ')))})`);
    parts.push(`#terms(${terms.join(', ')})`);
  }
  parts.push(`${text(t('pdf.chapterOnline'))} ${call('link', text(chapter.url), typstString(chapter.url))}`);
  return parts.join('\n\n');
}

function chartsMarkup(charts: readonly ProductChart[]): string {
  if (charts.length === 0) return '';
  const figures = charts.map((chart) => `#heading(level: 2)[${text(chart.title)}]\n\n${chart.markup}`);
  return ['#pagebreak(weak: true)', `#heading(level: 1)[${text(t('pdf.charts'))}]`, text(t('pdf.chartsIntro')), ...figures].join('\n\n');
}

function colophon(model: ProductModel): string {
  const lines = [
    t('pdf.colophonMade', { date: model.formatDay(model.buildDate), site: model.siteName }),
    model.publisher.url
      ? t('pdf.colophonPublisher', { organisation: model.publisher.name, url: model.publisher.url })
      : t('pdf.publisher', { organisation: model.publisher.name }),
    t('pdf.colophonAccessible'),
    t('pdf.colophonTables'),
    t('pdf.colophonData', { licence: model.dataLicence }),
  ];
  return ['#pagebreak(weak: true)', `#heading(level: 1)[${text(t('pdf.colophon'))}]`, ...lines.map(text)].join('\n\n');
}

/** The whole document as Typst source. */
export function productDocument(model: ProductModel): string {
  return [
    preamble(model),
    titlePage(model),
    `#outline(title: ${block(text(t('product.toc')))}, depth: 1)`,
    ...model.chapters.map(chapterMarkup),
    chartsMarkup(model.charts),
    colophon(model),
  ]
    .filter(Boolean)
    .join('\n\n');
}
