import yaml from 'js-yaml';
import { BODY_COMPONENTS } from './body-components.ts';
import { basePathOf, withBase } from '../data/routes.ts';
import { formatDate } from '../i18n/format.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { COLLECTION_TABLE } from '../collections/collection-table.ts';
import { CMS_FOLDER_COLLECTIONS, CMS_SITE_SETTINGS, type CmsFolderCollection } from './cms-collections.ts';
import { entryFormatOf, SETTINGS_FORMAT } from './entry-formats.ts';
import { DIALOGUE_DATE_FIELDS, NEW_ENTRY_VALUES } from './new-entries.ts';
import { fieldsFromObject, type CmsField } from './schema-fields.ts';

/** Formatting the body editor offers: what the site's Markdown styles cover, nothing that embeds. */
const BODY_BUTTONS = ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'];

export interface CmsConfigInput {
  site: Pick<SiteSettings, 'name' | 'baseUrl' | 'cms'> & Partial<Pick<SiteSettings, 'openedOn' | 'closedOn'>>;
  /** The content folder relative to the repository root, with forward slashes: `content`, `examples/gemeente`. */
  contentPath: string;
  /**
   * The day (YYYY-MM-DD) a new story's date starts at: the closing day of the dialogue on an
   * archived site, where today lies outside its period. Without it, the editor's today.
   */
  newEntryDate?: string | undefined;
}

/** A day of the dialogue's period (site.yaml openedOn, closedOn) as the date field takes it. */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The fields with what a new entry of the collection starts with: its NEW_ENTRY_VALUES, and the
 * given day instead of the editor's today in the dates the check holds to the dialogue's period.
 * Those dates take no day outside the period (`min`, `max`): a year typed wrong (0200) is refused
 * in the form, in Sveltia's Dutch ("De datum moet op of na 2020-12-01 liggen"), where the check
 * would only warn after the save.
 */
function withNewEntryValues(
  collection: string,
  fields: CmsField[],
  newEntryDate: string | undefined,
  period: { openedOn?: Date | undefined; closedOn?: Date | undefined },
): CmsField[] {
  const values = NEW_ENTRY_VALUES[collection] ?? {};
  const dates = new Set(DIALOGUE_DATE_FIELDS[collection] ?? []);
  return fields.map((field) => {
    if (field.name in values) return { ...field, default: values[field.name] };
    if (!dates.has(field.name) || field.widget !== 'datetime') return field;
    const { openedOn, closedOn } = period;
    const range = openedOn || closedOn ? ` Alleen een dag in de periode van de dialoog: ${periodText(openedOn, closedOn)}.` : '';
    return {
      ...field,
      ...(newEntryDate ? { default: newEntryDate } : {}),
      ...(openedOn ? { min: isoDay(openedOn) } : {}),
      ...(closedOn ? { max: isoDay(closedOn) } : {}),
      ...(range ? { hint: `${String(field['hint'] ?? '')}${range}`.trim() } : {}),
    };
  });
}

/** The period in the hint, as the site writes dates: "1 december 2020 tot en met 1 juni 2021". */
function periodText(openedOn: Date | undefined, closedOn: Date | undefined): string {
  const day = (date: Date) => formatDate(date);
  if (openedOn && closedOn) return `${day(openedOn)} tot en met ${day(closedOn)}`;
  return openedOn ? `vanaf ${day(openedOn)}` : `tot en met ${day(closedOn!)}`;
}

/** The line of an entry in its collection's list: its name, and "concept" after a draft. */
function summaryOf(collection: CmsFolderCollection, fields: CmsField[]): string {
  const name = `{{${collection.identifier}}}`;
  return fields.some((field) => field.name === 'draft' && field.widget === 'boolean')
    ? `${name}{{draft | ternary(' (concept)', '')}}`
    : name;
}

/** The body of an entry: MDX with only the allowed components. */
function bodyField(collection: CmsFolderCollection): CmsField {
  return {
    name: 'body',
    label: collection.name === 'faq' ? 'Antwoord' : 'Tekst',
    widget: 'markdown',
    required: true,
    hint: 'Gewone tekst met kopjes, lijsten en links. Via + voeg je een grafiek, citaat of kader in; andere code wordt niet gebouwd.',
    buttons: BODY_BUTTONS,
    editor_components: BODY_COMPONENTS,
    // Markdown first: the text as it is in the file, so opening an entry changes nothing (the
    // rich-text editor rewrites list markers and emphasis on opening); one click switches.
    modes: ['raw', 'rich_text'],
  };
}

/**
 * Sveltia's backend section from the site's `cms` settings; `undefined` settings give the
 * browser-only test backend. Sign-in never goes through a service the publisher did not choose:
 * without a login service of their own (`authUrl` for GitHub, an OAuth application `appId` for
 * GitLab and Gitea/Forgejo with PKCE) the CMS offers only a personal access token and the local
 * folder, and never Sveltia's default, Netlify's login service.
 */
export function backendOf(cms: SiteSettings['cms']): Record<string, unknown> {
  if (!cms || cms.backend === 'test-repo') return { name: 'test-repo' };
  const common = { name: cms.backend, repo: cms.repo, branch: cms.branch };
  const tokenOnly = { auth_methods: ['token'] };
  switch (cms.backend) {
    case 'github':
      return {
        ...common,
        ...(cms.authUrl ? { base_url: cms.authUrl } : tokenOnly),
        ...(cms.baseUrl ? { api_root: `${cms.baseUrl.replace(/\/+$/, '')}/api/v3` } : {}),
      };
    case 'gitlab':
      return {
        ...common,
        auth_type: 'pkce',
        ...(cms.appId ? { app_id: cms.appId } : tokenOnly),
        ...(cms.baseUrl ? { base_url: cms.baseUrl, api_root: `${cms.baseUrl.replace(/\/+$/, '')}/api/v4` } : {}),
      };
    case 'gitea':
      return {
        ...common,
        ...(cms.appId ? { app_id: cms.appId } : tokenOnly),
        ...(cms.baseUrl ? { base_url: cms.baseUrl, api_root: `${cms.baseUrl.replace(/\/+$/, '')}/api/v1` } : {}),
      };
  }
}

/** Editorial workflow (every change a pull request) where the backend has it: GitHub and GitLab. */
const EDITORIAL_BACKENDS = new Set(['github', 'gitlab']);

function folderCollection(
  collection: CmsFolderCollection,
  contentPath: string,
  site: CmsConfigInput['site'],
  newEntryDate: string | undefined,
): Record<string, unknown> {
  const basePath = basePathOf(site.baseUrl);
  const fields = withNewEntryValues(collection.name, fieldsFromObject(collection.schema, collection.name), newEntryDate, site);
  return {
    name: collection.name,
    label: collection.label,
    label_singular: collection.labelSingular,
    description: collection.description,
    folder: `${contentPath}/${collection.folder}`,
    // Front matter and body as the repository writes them: a save changes only what was edited.
    // The format brings its extension (src/cms/entry-formats.ts).
    format: entryFormatOf(collection.extension),
    create: true,
    identifier_field: collection.identifier,
    // File names as `npm run new` makes them: lower case, no accents, hyphens, at most 60 characters.
    slug: `{{${collection.identifier}}}`,
    summary: summaryOf(collection, fields),
    sortable_fields: collection.sortBy,
    ...(collection.mediaFolder ? { media_folder: collection.mediaFolder, public_folder: `./${collection.mediaFolder}` } : {}),
    // Sveltia puts the preview path after the origin of site_url, so the path carries the base path itself.
    ...(collection.previewPath ? { preview_path: withBase(collection.previewPath, basePath).slice(1) } : {}),
    fields: [...fields, bodyField(collection)],
  };
}

/**
 * The whole CMS configuration, from the schemas and the collection table: nothing in it is
 * written by hand. The backend comes from the site's settings, folders from where its content
 * lives in the repository.
 */
export function buildCmsConfig({ site, contentPath, newEntryDate }: CmsConfigInput): Record<string, unknown> {
  const backend = backendOf(site.cms);
  return {
    backend,
    ...(EDITORIAL_BACKENDS.has(String(backend.name)) ? { publish_mode: 'editorial_workflow' } : {}),
    app_title: `${site.name}: redactie`,
    // Gitea/Forgejo: the CMS saves to a branch that is not yet the site; its pages are on that
    // branch's preview, so that is the site the CMS opens (Sveltia reads no deploy previews there).
    site_url: site.cms?.backend === 'gitea' && site.cms.previewUrl ? site.cms.previewUrl : site.baseUrl,
    show_preview_links: true,
    // Site-wide uploads (there are none today) would land next to the content, never in public/.
    media_folder: `${contentPath}/uploads`,
    public_folder: '/uploads',
    // Uploads only: no stock photo services and no images linked from elsewhere. An upload gets a
    // clean file name by the slug rules below: `Buurthuis Foto 2021.jpg` is saved as `buurthuis-foto-2021.jpg`.
    media_libraries: { default: { config: { slugify_filename: true } }, stock_assets: false },
    slug: { encoding: 'ascii', clean_accents: true, maxlength: 60, sanitize_replacement: '-', lowercase: true, trim: true },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none' } },
    collections: [
      ...CMS_FOLDER_COLLECTIONS.map((collection) => folderCollection(collection, contentPath, site, newEntryDate)),
      {
        name: 'visuals',
        label: 'Grafieken',
        description: 'Grafieken maak je met npm run new visual en npm run import; het CMS toont ze alleen om ze in een tekst te zetten.',
        folder: `${contentPath}/${COLLECTION_TABLE.visuals.folder}`,
        extension: COLLECTION_TABLE.visuals.newExtension,
        format: 'yaml',
        hide: true,
        create: false,
        delete: false,
        identifier_field: 'title',
        fields: [{ name: 'title', label: 'Titel', widget: 'string' }],
      },
    ],
    singletons: [
      {
        name: CMS_SITE_SETTINGS.name,
        label: CMS_SITE_SETTINGS.label,
        file: `${contentPath}/${CMS_SITE_SETTINGS.file}`,
        // Keeps the file's comments and untouched lines (src/cms/front-matter-format.ts).
        format: SETTINGS_FORMAT.name,
        fields: fieldsFromObject(CMS_SITE_SETTINGS.schema, CMS_SITE_SETTINGS.name),
      },
    ],
  };
}

/** The configuration as the YAML file the CMS loads, with a header that says where it comes from. */
export function renderCmsConfig(config: Record<string, unknown>): string {
  const header = '# Generated from src/schemas/ and src/cms/ by `npm run cms:config` and the build; do not edit.\n';
  return header + yaml.dump(config, { lineWidth: 120, noRefs: true, sortKeys: false });
}
