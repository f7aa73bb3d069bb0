// The script of /admin/: Sveltia CMS from the npm package, bundled by src/integrations/cms.ts.
import './dutch-first.ts';
import './zoomable.ts';
import './popup-escape.ts';
import CMS from '@sveltia/cms';
import { describeProblems, guardBody, guardFields } from '../body-guard.ts';
import { ENTRY_FORMATS, SETTINGS_FORMAT } from '../entry-formats.ts';
import { FIELD_LABELS_FILE, labelOfField, type FieldLabels } from '../field-labels.ts';
import { readEntryFile, readYamlFile, writeEntryFile, writeYamlFile } from '../front-matter-format.ts';
import { PREVIEW_COLOURS_FILE } from '../preview/preview-data-file.ts';
import { editorComponentDefinitions } from './editor-components.ts';
import { guardLiveSiteLinks } from './live-site-guard.ts';
import { lazyPreview, PREVIEWED_COLLECTIONS } from './lazy-previews.ts';

// "Bekijken op de live site" opens only pages the published site has.
guardLiveSiteLinks();
// Entry files keep the repository's formatting: a field that did not change keeps its lines.
for (const [name, extension] of Object.entries(ENTRY_FORMATS))
  CMS.registerCustomFormat(name, extension, { fromFile: readEntryFile, toFile: writeEntryFile });
CMS.registerCustomFormat(SETTINGS_FORMAT.name, SETTINGS_FORMAT.extension, { fromFile: readYamlFile, toFile: writeYamlFile });
for (const component of editorComponentDefinitions())
  CMS.registerEditorComponent(component as Parameters<typeof CMS.registerEditorComponent>[0]);
// The preview uses the site's own stylesheet (tokens, typography, components, charts) and the
// palette and theme colours of site.yaml, as the site's /kleuren.css has them.
CMS.registerPreviewStyle(new URL('preview.css', document.baseURI).href);
CMS.registerPreviewStyle(new URL(PREVIEW_COLOURS_FILE, document.baseURI).href);
/** The part of Sveltia's (Immutable.js) entry a save hook reads and changes. */
interface SavingEntry {
  get(key: 'data'): EntryData;
  get(key: 'collection'): string;
}
interface EntryData {
  get(key: string): unknown;
  set(key: string, value: unknown): EntryData;
  toJS(): Record<string, unknown>;
}

/**
 * Before every save: the body's text stays text (braces and angle brackets escaped as MDX needs),
 * and a component, link or invisible character (in the body or a field) that breaks the check's
 * rules stops the save with the check's own words. Sveltia shows the cause of a 'saving_failed'
 * error in its error dialogue and saves nothing.
 */
// The form's labels, so a refusal names a field as the form does; read once, in the background.
let fieldLabels: FieldLabels | undefined;
void fetch(new URL(FIELD_LABELS_FILE, document.baseURI))
  .then((response) => (response.ok ? (response.json() as Promise<FieldLabels>) : undefined))
  .then((labels) => void (fieldLabels = labels))
  .catch(() => undefined);
// Sveltia shows a refusal's text in one block: each problem on its own lines, as written.
document.head.append(Object.assign(document.createElement('style'), { textContent: '[role="alertdialog"] .error{white-space:pre-line}' }));

// The preview pane draws the body as it will be saved, so typed HTML shows as text (src/cms/sveltia-fixes.ts).
(globalThis as { __OOGST_SAVED_BODY__?: (body: string) => string }).__OOGST_SAVED_BODY__ = (body) => guardBody(body).body;

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: SavingEntry }) => {
    let data = entry.get('data');
    const body = data.get('body');
    const guarded = typeof body === 'string' ? guardBody(body) : undefined;
    const problems = [...guardFields(data.toJS()), ...(guarded?.problems ?? [])];
    const labels = fieldLabels?.[entry.get('collection')];
    if (problems.length > 0)
      throw new Error('saving_failed', { cause: new Error(describeProblems(problems, (field) => labelOfField(labels, field))) });
    if (guarded && guarded.body !== body) data = data.set('body', guarded.body);
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
