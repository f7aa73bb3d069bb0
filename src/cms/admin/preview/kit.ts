import { formatDate, parseDate } from '../../../charts/format.ts';
import { t, type MessageKey } from '../../../i18n/t.ts';
import { themeColourClass } from '../../../styles/colour-css.ts';
import type { PreviewData } from '../../preview/preview-data-file.ts';
import { visualFigureHtml } from './visual-figure.ts';

/** React's createElement as Sveltia exposes it to preview templates (Decap's `h`). */
export type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** What a preview template gets: the entry being edited and helpers to render its fields. */
export interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown };
  widgetFor: (name: string) => unknown;
  getAsset: (path: string) => PreviewAsset | undefined;
  /** Sveltia's entries of another collection (Decap's getCollection), as Immutable.js maps. */
  getCollection?: (name: string) => Promise<{ get(key: string): unknown }[]>;
}

/** Sveltia's asset in a preview: its `url` is the site path until the file's blob URL is ready. */
export interface PreviewAsset {
  url?: string;
  toString: () => string;
  toBase64?: () => Promise<string>;
}

/** A field of the entry as plain data (Sveltia hands lists and objects over as Immutable.js values). */
export function fieldOf(props: PreviewProps, ...path: string[]): unknown {
  const value = props.entry.getIn(['data', ...path]);
  return value && typeof value === 'object' && 'toJS' in value ? (value as { toJS: () => unknown }).toJS() : value;
}

export const textOf = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
export const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** A dictionary label of a value (`track.burgers` → Burgers); empty for no value. */
export const labelOf = (prefix: string, value: unknown): string => (textOf(value) ? t(`${prefix}.${textOf(value)}` as MessageKey) : '');

/** A date as the site writes it, no more exact than given ("26 mei 2021", "juli 2021", "2021"). */
export function recordDateText(value: unknown): string {
  const parsed = recordDateOf(value);
  return parsed ? formatDate(parsed) : '';
}

/** A date field's value (text, a bare year, or a Date) as a date with its precision. */
export function recordDateOf(value: unknown): ReturnType<typeof parseDate> {
  return parseDate(value instanceof Date ? value.toISOString().slice(0, 10) : textOf(value).slice(0, 10));
}

/** The article's class with the colour of the entry's first theme, as the pages set it. */
export function articleClass(props: PreviewProps): string {
  const theme = listOf(fieldOf(props, 'themes'))[0];
  return theme ? `oogst-article ${themeColourClass(theme)}` : 'oogst-article';
}

/** The page around an entry's content: src/layouts/BaseLayout.astro's main and container. */
export const page = (h: H, ...children: unknown[]) =>
  h('main', { className: 'oogst-main' }, h('div', { className: 'oogst-container' }, ...children));

/** The "Terug naar …" line above an article; in the preview it leads nowhere. */
export const backLink = (h: H, page: string) => h('p', { className: 'oogst-back' }, h('a', null, t('site.back', { page })));

/** src/components/ExampleNote.astro. */
export const exampleNote = (h: H, note = t('site.exampleNote')) =>
  h('p', { className: 'oogst-example-note' }, h('strong', { className: 'oogst-example' }, t('site.exampleLabel')), ' ', note);

/** src/components/Quote.astro. */
export function quote(h: H, text: string, by = '', example = false) {
  if (!text) return null;
  return h(
    'figure',
    { className: 'oogst-quote' },
    h('blockquote', null, h('p', null, text)),
    by || example ? h('figcaption', null, by, example ? h('span', { className: 'oogst-example' }, t('site.exampleLabel')) : null) : null,
  );
}

/** src/components/PlainLanguageLink.astro and PlainLanguage.astro. */
export const plainLanguageLink = (h: H) => h('p', { className: 'oogst-plain-link' }, h('a', null, t('site.plainLanguageLink')));
export function plainLanguage(h: H, text: string) {
  if (!text) return null;
  return h(
    'section',
    { className: 'oogst-plain', 'aria-labelledby': 'plain-heading' },
    h('h2', { id: 'plain-heading', className: 'oogst-plain__title' }, t('site.plainLanguage')),
    ...text.split(/\n{2,}/).map((paragraph) => h('p', null, paragraph)),
  );
}

/** src/components/SourceList.astro: the sources under a text, as the site cites them. */
export function sourceList(h: H, ids: string[], data: PreviewData) {
  const sources = ids.flatMap((id) => (data.sources[id] ? [data.sources[id]] : []));
  if (sources.length === 0) return null;
  return h(
    'p',
    { className: 'oogst-sources' },
    h('strong', null, `${t('sources.listTitle')}:`),
    ' ',
    ...sources.flatMap((source, index) => [index > 0 ? '; ' : null, h('a', null, source.citation)]),
  );
}

/** The body as Sveltia renders it (with the editor components' previews) inside the site's prose. */
export const prose = (h: H, props: PreviewProps, ...after: unknown[]) =>
  h('div', { className: 'oogst-prose' }, props.widgetFor('body'), ...after);

/** A chart figure drawn by the site's chart code, or nothing for an id without a chart. */
export function visualFigure(h: H, id: string, data: PreviewData) {
  const visual = data.visuals.find((candidate) => candidate.slug === id);
  return visual ? h('div', { key: id, dangerouslySetInnerHTML: { __html: visualFigureHtml(visual) } }) : null;
}

/** src/components/Provenance.astro: themes, insights, tracks and tables of an entry. */
export function provenance(h: H, data: PreviewData, refs: { themes: string[]; insights?: string[]; tracks: string[]; tables: string[] }) {
  const tables = refs.tables.flatMap((id) => (data.tables[id] ? [{ id, ...data.tables[id] }] : []));
  const example = tables.some((table) => table.example);
  const group = (label: string, items: string[]) =>
    items.length > 0 ? [h('dt', null, label), h('dd', null, h('ul', null, ...items.map((item) => h('li', null, h('a', null, item)))))] : [];
  return h(
    'section',
    { className: 'oogst-provenance', 'aria-labelledby': 'provenance-heading' },
    h('h2', { id: 'provenance-heading' }, t('site.provenance')),
    example ? exampleNote(h, t('site.provenanceExample')) : null,
    h(
      'dl',
      null,
      ...group(
        t('site.provenanceThemes'),
        refs.themes.map((id) => data.themes[id] ?? id),
      ),
      ...group(
        t('site.provenanceInsights'),
        (refs.insights ?? []).map((id) => data.insights[id] ?? id),
      ),
      ...group(
        t('site.provenanceTracks'),
        refs.tracks.map((track) => labelOf('track', track)),
      ),
      ...group(
        t('site.provenanceTables'),
        tables.map((table) => `${table.id}: ${table.title}`),
      ),
    ),
  );
}
