import { formatDate, t, type MessageKey } from '../../i18n/t.ts';

/** React's createElement as Sveltia exposes it to preview templates (Decap's `h`). */
type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** What a preview template gets: the entry being edited and helpers to render its fields. */
export interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown };
  widgetFor: (name: string) => unknown;
  getAsset: (path: string) => PreviewAsset | undefined;
}

/** Sveltia's asset in a preview: its `url` is the site path until the file's blob URL is ready. */
interface PreviewAsset {
  url?: string;
  toString: () => string;
  toBase64?: () => Promise<string>;
}

const IMAGE_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

/**
 * The image of an asset as the preview can show it. Sveltia hands out the site path first (which
 * the CMS's own address does not serve: a 404 in the preview) and the file's contents a moment
 * later, after the preview was drawn; so the image gets its contents as a data URL once they are read.
 */
export function assetImageProps(asset: PreviewAsset, path: string): Record<string, unknown> {
  const url = asset.url ?? asset.toString();
  if (/^(blob|data):/.test(url)) return { src: url };
  const type = IMAGE_TYPES[path.split('.').pop()?.toLowerCase() ?? ''] ?? 'image/png';
  return {
    ref: (image: HTMLImageElement | null) => {
      if (!image || image.src) return;
      void asset.toBase64?.().then((base64) => (image.src = `data:${type};base64,${base64}`));
    },
  };
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
    const example = field('example') === true;
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
        // The example note of src/components/ExampleNote.astro, as on the page.
        example
          ? h(
              'p',
              { className: 'oogst-example-note' },
              h('strong', { className: 'oogst-example' }, t('site.exampleLabel')),
              ' ',
              t('site.exampleNote'),
            )
          : null,
        asset
          ? h('img', {
              className: 'oogst-hero',
              ...assetImageProps(asset, String(src)),
              alt: String(entry.getIn(['data', 'hero', 'alt']) ?? ''),
            })
          : null,
        field('pullQuote')
          ? h(
              'figure',
              { className: 'oogst-quote' },
              h('blockquote', null, h('p', null, String(field('pullQuote')))),
              example ? h('figcaption', null, h('span', { className: 'oogst-example' }, t('site.exampleLabel'))) : null,
            )
          : null,
        h('div', { className: 'oogst-prose' }, widgetFor('body')),
      ),
    );
  };
}
