import { t } from '../../../i18n/t.ts';
import type { PreviewData } from '../../preview/preview-data-file.ts';
import {
  articleClass,
  backLink,
  exampleNote,
  fieldOf,
  labelOf,
  listOf,
  page,
  prose,
  quote,
  recordDateText,
  textOf,
  type H,
  type PreviewAsset,
  type PreviewProps,
} from './kit.ts';

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

/**
 * The hero image: a file just uploaded is a blob address of the browser until the entry is saved
 * (Sveltia has no asset for it yet), a file in the repository an asset read as a data URL.
 */
function heroImage(h: H, props: PreviewProps, src: string, asset: PreviewAsset | undefined) {
  const alt = textOf(fieldOf(props, 'hero', 'alt'));
  if (/^(blob|data):/.test(src)) return h('img', { className: 'oogst-hero', src, alt });
  return asset ? h('img', { className: 'oogst-hero', ...assetImageProps(asset, src), alt }) : null;
}

/**
 * The CMS preview of a story with the markup and classes of the story page
 * (src/pages/verhalen/[slug].astro), so the site's stylesheet lays it out as readers see it.
 */
export function storyPreview(h: H, data: PreviewData) {
  return (props: PreviewProps) => {
    const table = data.tables[textOf(fieldOf(props, 'table'))];
    const kind = textOf(fieldOf(props, 'kind'));
    const example = fieldOf(props, 'example') === true;
    const src = textOf(fieldOf(props, 'hero', 'src'));
    const asset = src ? props.getAsset(src) : undefined;
    return page(
      h,
      h(
        'article',
        { className: articleClass(props) },
        backLink(h, t('stories.title')),
        h(
          'p',
          { className: 'oogst-eyebrow' },
          kind ? h('span', { className: `oogst-kind oogst-kind--${kind}` }, labelOf('kind', kind)) : null,
          ' ',
          h('a', null, labelOf('track', fieldOf(props, 'track'))),
          ' · ',
          h('span', null, labelOf('region', fieldOf(props, 'region'))),
          ' · ',
          h('time', null, recordDateText(fieldOf(props, 'date'))),
        ),
        h('h1', null, textOf(fieldOf(props, 'title'))),
        fieldOf(props, 'draft') === true ? h('p', { className: 'oogst-draft' }, t('site.draftLabel')) : null,
        example ? exampleNote(h) : null,
        heroImage(h, props, src, asset),
        quote(h, textOf(fieldOf(props, 'pullQuote')), '', example),
        prose(h, props),
        h(
          'section',
          { className: 'oogst-provenance', 'aria-labelledby': 'story-provenance' },
          h('h2', { id: 'story-provenance' }, t('site.provenance')),
          h(
            'dl',
            null,
            h('dt', null, t('site.provenanceThemes')),
            h(
              'dd',
              null,
              h('ul', null, ...listOf(fieldOf(props, 'themes')).map((id) => h('li', null, h('a', null, data.themes[id] ?? id)))),
            ),
            table ? h('dt', null, t('stories.from')) : null,
            table ? h('dd', null, h('a', null, `${textOf(fieldOf(props, 'table'))}, ${table.title}`)) : null,
          ),
        ),
      ),
    );
  };
}
