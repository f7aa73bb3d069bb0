import { formatDate, t, type MessageKey } from '../../i18n/t.ts';

/** React's createElement as Sveltia exposes it to preview templates (Decap's `h`). */
type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** What a preview template gets: the entry being edited and helpers to render its fields. */
export interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown };
  widgetFor: (name: string) => unknown;
  getAsset: (path: string) => { url?: string; toString: () => string } | undefined;
}

const label = (key: string, value: unknown) => (typeof value === 'string' && value ? t(`${key}.${value}` as MessageKey) : '');

function dateOf(value: unknown): string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return match ? formatDate(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))) : '';
}

/**
 * The CMS preview of a story with the markup and classes of the story page
 * (src/pages/verhalen/[slug].astro), so the site's stylesheet lays it out as readers see it.
 */
export function storyPreview(h: H) {
  return ({ entry, widgetFor, getAsset }: PreviewProps) => {
    const field = (name: string) => entry.getIn(['data', name]);
    const kind = field('kind');
    const src = entry.getIn(['data', 'hero', 'src']);
    const asset = typeof src === 'string' && src ? getAsset(src) : undefined;
    return h(
      'main',
      { className: 'oogst-main' },
      h(
        'article',
        { className: 'oogst-article' },
        h(
          'p',
          { className: 'oogst-eyebrow' },
          kind ? h('span', { className: `oogst-kind oogst-kind--${String(kind)}` }, label('kind', kind)) : null,
          ' ',
          h('span', null, label('track', field('track'))),
          ' · ',
          h('span', null, label('region', field('region'))),
          ' · ',
          h('time', null, dateOf(field('date'))),
        ),
        h('h1', null, String(field('title') ?? '')),
        field('draft') ? h('p', { className: 'oogst-draft' }, t('site.draftLabel')) : null,
        asset
          ? h('img', {
              className: 'oogst-hero',
              src: asset.url ?? asset.toString(),
              alt: String(entry.getIn(['data', 'hero', 'alt']) ?? ''),
            })
          : null,
        field('pullQuote')
          ? h('figure', { className: 'oogst-quote' }, h('blockquote', null, h('p', null, String(field('pullQuote')))))
          : null,
        h('div', { className: 'oogst-prose' }, widgetFor('body')),
      ),
    );
  };
}
