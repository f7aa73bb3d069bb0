import { t } from '../../i18n/t.ts';
import { PREVIEW_DATA_FILE, type PreviewData } from '../preview/preview-data-file.ts';
import { bodyPreviews } from './body-previews.ts';
import type { H, PreviewProps } from './preview/kit.ts';
import type { ReactHooks } from './preview/entry-previews.ts';
import type { PreviewTemplate } from './preview/templates.ts';

/** The collections whose entries preview as their page on the site. */
export const PREVIEWED_COLLECTIONS = ['stories', 'insights', 'chapters', 'followups', 'themes'] as const;

let templates: Record<string, PreviewTemplate> | undefined;
let loading: Promise<Record<string, PreviewTemplate>> | undefined;

/**
 * The templates with the site's chart code and the preview data, fetched the first time a preview
 * shows: the chart code and the charts' data are most of the preview's weight and no part of the
 * CMS's first screen.
 */
function loadTemplates(h: H, react: ReactHooks): Promise<Record<string, PreviewTemplate>> {
  loading ??= Promise.all([
    import('./preview/templates.ts'),
    fetch(new URL(PREVIEW_DATA_FILE, document.baseURI)).then((response) => response.json() as Promise<PreviewData>),
  ]).then(([module, data]) => {
    bodyPreviews.visual = module.visualBodyHtml(data);
    return (templates = module.previewTemplates(h, data, react));
  });
  return loading;
}

/** A preview template that shows the collection's page template once it has loaded. */
export function lazyPreview(h: H, react: ReactHooks, collection: (typeof PREVIEWED_COLLECTIONS)[number]) {
  return function LazyPreview(props: PreviewProps) {
    const [loaded, setLoaded] = react.useState(templates);
    react.useEffect(() => {
      if (!loaded) void loadTemplates(h, react).then(setLoaded);
    }, []);
    const template = loaded?.[collection];
    return template ? h(template, { ...props }) : h('p', null, t('cms.previewLoading'));
  };
}
