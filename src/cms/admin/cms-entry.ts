// The script of /admin/: Sveltia CMS from the npm package, bundled by src/integrations/cms.ts.
import './dutch-first.ts';
import './zoomable.ts';
import './popup-escape.ts';
import CMS from '@sveltia/cms';
import { describeProblems, guardBody } from '../body-guard.ts';
import { ENTRY_FORMATS } from '../entry-formats.ts';
import { readEntryFile, writeEntryFile } from '../front-matter-format.ts';
import { PREVIEW_COLOURS_FILE } from '../preview/preview-data-file.ts';
import { editorComponentDefinitions } from './editor-components.ts';
import { guardLiveSiteLinks } from './live-site-guard.ts';
import { lazyPreview, PREVIEWED_COLLECTIONS } from './lazy-previews.ts';

// "Bekijken op de live site" opens only pages the published site has.
guardLiveSiteLinks();
// Entry files keep the repository's formatting: a field that did not change keeps its lines.
for (const [name, extension] of Object.entries(ENTRY_FORMATS))
  CMS.registerCustomFormat(name, extension, { fromFile: readEntryFile, toFile: writeEntryFile });
for (const component of editorComponentDefinitions())
  CMS.registerEditorComponent(component as Parameters<typeof CMS.registerEditorComponent>[0]);
// The preview uses the site's own stylesheet (tokens, typography, components, charts) and the
// palette and theme colours of site.yaml, as the site's /kleuren.css has them.
CMS.registerPreviewStyle(new URL('preview.css', document.baseURI).href);
CMS.registerPreviewStyle(new URL(PREVIEW_COLOURS_FILE, document.baseURI).href);
/** The part of Sveltia's (Immutable.js) entry a save hook reads and changes. */
interface SavingEntry {
  get(key: 'data'): EntryData;
}
interface EntryData {
  get(key: string): unknown;
  set(key: string, value: unknown): EntryData;
}

/**
 * Before every save: the body's text stays text (braces and angle brackets escaped as MDX needs),
 * and a component that breaks the check's rules stops the save with the check's own words. Sveltia
 * shows the cause of a 'saving_failed' error in its error dialogue and saves nothing.
 */
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: SavingEntry }) => {
    let data = entry.get('data');
    const body = data.get('body');
    if (typeof body === 'string') {
      const guarded = guardBody(body);
      if (guarded.problems.length > 0) throw new Error('saving_failed', { cause: new Error(describeProblems(guarded.problems)) });
      if (guarded.body !== body) data = data.set('body', guarded.body);
    }
    return data;
  },
} as unknown as Parameters<typeof CMS.registerEventListener>[0]);

// Stories, insights, chapters, follow-ups and themes preview with their page's markup and the
// site's styles and chart code; `h` and React are what Sveltia provides to preview templates.
const { h } = window as unknown as { h: Parameters<typeof lazyPreview>[0] };
const react = (globalThis as unknown as { __SVELTIA_CMS_REACT__: Parameters<typeof lazyPreview>[1] }).__SVELTIA_CMS_REACT__;
for (const collection of PREVIEWED_COLLECTIONS)
  CMS.registerPreviewTemplate(
    collection,
    lazyPreview(h, react, collection) as unknown as Parameters<typeof CMS.registerPreviewTemplate>[1],
  );
void CMS.init();
