import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CMS_FOLDER_COLLECTIONS } from './cms-collections.ts';
import { backendOf, buildCmsConfig, renderCmsConfig } from './cms-config.ts';
import { readContentModel, siteSettingsOf } from '../model/content-model.ts';
import { cmsInput } from './read-cms-input.ts';
import { fieldLabelsOf, labelOfField } from './field-labels.ts';

const input = cmsInput(siteSettingsOf(readContentModel(path.resolve('content'))), path.resolve('content'), process.cwd());
const config = buildCmsConfig(input);
type Field = { name: string; widget: string; required: boolean; fields?: Field[] } & Record<string, unknown>;
const collection = (name: string) =>
  (config.collections as { name: string; summary?: string; fields: Field[] }[]).find((c) => c.name === name);
const field = (c: string, name: string) => collection(c)?.fields.find((f) => f.name === name);

/**
 * The front-matter fields editors fill in per collection, written out here rather than read from the
 * schemas the configuration is generated from: a field the generator drops or renames, or one a
 * schema loses, fails the test. A field added on purpose is added here too.
 */
const EDITOR_FIELDS: Record<string, string[]> = {
  stories: ['title', 'date', 'kind', 'track', 'region', 'themes', 'summary', 'pullQuote', 'hero', 'table', 'example', 'draft'],
  insights: ['title', 'number', 'summary', 'plainSummary', 'date', 'themes', 'keyQuote', 'visuals', 'tracks', 'tables', 'sources'],
  chapters: ['order', 'title', 'shortTitle', 'summary', 'plainSummary', 'themes', 'insights', 'tracks', 'tables', 'sources'],
  themes: ['title', 'shortTitle', 'summary', 'colour', 'order', 'group', 'cardHeadline', 'related', 'sources'],
  faq: ['question', 'order', 'themes', 'sources'],
  // No status or start of its own: both follow from the dated steps (updates).
  followups: ['title', 'summary', 'responsible', 'due', 'updates', 'themes', 'insights', 'chapters', 'tables', 'example'],
  sources: ['title', 'date', 'publisher', 'url', 'kind'],
  pages: ['title', 'description', 'updated', 'statement', 'sources'],
};

describe('the CMS configuration generated from the schemas', () => {
  it('takes a story date only inside the dialogue’s period, which the hint names in words', () => {
    // A year typed wrong (0200 from "04-03-2021T00:30+02:00") is refused by the form itself.
    expect(field('stories', 'date')).toMatchObject({ min: '2020-12-01', max: '2021-06-01', default: '2021-06-01' });
    expect(field('stories', 'date')?.['hint']).toContain('1 december 2020 tot en met 1 juni 2021');
    const open = buildCmsConfig({ ...input, site: { ...input.site, closedOn: undefined }, newEntryDate: undefined });
    const date = (open.collections as { name: string; fields: Field[] }[])
      .find((c) => c.name === 'stories')
      ?.fields.find((f) => f.name === 'date');
    expect(date).toMatchObject({ min: '2020-12-01' });
    expect(date?.['max']).toBeUndefined();
    expect(date?.['hint']).toContain('vanaf 1 december 2020');
  });

  it('gives the save guard the labels the form shows (veldnamen.json)', () => {
    const labels = fieldLabelsOf(config);
    expect(labels['stories']?.['hero.alt']).toBe(`${field('stories', 'hero')?.['label']} › Alt-tekst`);
    expect(labelOfField(labels['stories'], 'hero.alt')).toBe(`${field('stories', 'hero')?.['label']} › Alt-tekst`);
    expect(labelOfField(labels['stories'], 'title')).toBe('Titel');
    expect(labels['site']?.['cms.previewUrl']).toContain('Adres van de voorbeeldsite');
  });

  it('is what src/cms/default-config.yml holds; run npm run cms:config after changing a schema', () => {
    expect(renderCmsConfig(config)).toBe(readFileSync('src/cms/default-config.yml', 'utf8'));
  });

  it('has every editor collection with the fields editors fill in, in order, plus the body', () => {
    expect(CMS_FOLDER_COLLECTIONS.map((c) => c.name)).toEqual(Object.keys(EDITOR_FIELDS));
    for (const [name, fields] of Object.entries(EDITOR_FIELDS)) {
      expect(
        collection(name)?.fields.map((f) => f.name),
        name,
      ).toEqual([...fields, 'body']);
    }
  });

  it('makes themes a relation, kind a choice, dates JJJJ-MM-DD and share-card bounds maximum lengths with the schema’s message', () => {
    expect(field('stories', 'themes')).toMatchObject({ widget: 'relation', collection: 'themes', multiple: true, min: 1, required: true });
    expect(field('stories', 'kind')).toMatchObject({
      widget: 'select',
      options: [{ label: 'Knelpunt', value: 'knel' }, expect.anything(), expect.anything()],
    });
    expect(field('stories', 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(field('stories', 'summary')).toMatchObject({
      maxlength: 240,
      minlength: 20,
    });
    expect(field('stories', 'hint')).toBeUndefined();
    expect(field('stories', 'title')?.hint).toBe('Op de pagina, in overzichten en op de deelkaart.');
  });

  it('starts a story as a draft, stores its image next to the stories and requires alt text', () => {
    // The Concept switch of a new story is on; a file without `draft` reads as published (src/cms/new-entries.ts).
    expect(field('stories', 'draft')).toMatchObject({ widget: 'boolean', default: true });
    // The list marks drafts.
    expect(collection('stories')?.summary).toBe("{{title}}{{draft | ternary(' (concept)', '')}}");
    expect(collection('insights')?.summary).toBe('{{title}}');
    expect(collection('stories')).toMatchObject({
      media_folder: 'images',
      public_folder: './images',
      format: 'oogst-mdx',
      folder: 'content/stories',
    });
    const hero = field('stories', 'hero');
    expect(hero?.fields?.find((f) => f.name === 'alt')).toMatchObject({ required: true, minlength: 10 });
    expect(hero?.fields?.find((f) => f.name === 'src')).toMatchObject({ widget: 'image', required: true });
  });

  it('starts a new story’s date inside the dialogue’s period on an archived site, and uploads get clean names', () => {
    // The default site closed on 2021-06-01; the check holds a story's date to the period.
    expect(input.newEntryDate).toBe('2021-06-01');
    expect(field('stories', 'date')).toMatchObject({ widget: 'datetime', default: '2021-06-01' });
    // Other dates (an insight's, a page's update) stay at the editor's today.
    expect(field('insights', 'date')).toMatchObject({ default: '{{now}}' });
    const open = buildCmsConfig({ ...input, newEntryDate: undefined }) as { collections: { name: string; fields: { name: string }[] }[] };
    expect(open.collections.find((c) => c.name === 'stories')?.fields.find((f) => f.name === 'date')).toMatchObject({ default: '{{now}}' });
    expect(config.media_libraries).toEqual({ default: { config: { slugify_filename: true } }, stock_assets: false });
  });

  it('offers only the allowed components in the body', () => {
    expect(field('stories', 'body')).toMatchObject({ widget: 'markdown', editor_components: ['Visual', 'Quote', 'Callout'] });
  });

  it('takes the backend from site.yaml, with pull requests where the host supports them', () => {
    // No login service of the publisher's own: a token or the local folder, never Netlify's.
    expect(config.backend).toEqual({ name: 'github', repo: 'INVULLEN/repository', branch: 'main', auth_methods: ['token'] });
    expect(backendOf({ backend: 'github', repo: 'a/b', branch: 'main', authUrl: 'https://login.gemeente.nl' })).toEqual({
      name: 'github',
      repo: 'a/b',
      branch: 'main',
      base_url: 'https://login.gemeente.nl',
    });
    expect(backendOf({ backend: 'gitlab', repo: 'a/b', branch: 'main' })).toMatchObject({ auth_methods: ['token'] });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(
      backendOf({ backend: 'gitea', repo: 'gemeente/site', branch: 'redactie', baseUrl: 'https://git.gemeente.nl', appId: 'abc' }),
    ).toEqual({
      name: 'gitea',
      repo: 'gemeente/site',
      branch: 'redactie',
      app_id: 'abc',
      base_url: 'https://git.gemeente.nl',
      api_root: 'https://git.gemeente.nl/api/v1',
    });
    expect(backendOf(undefined)).toEqual({ name: 'test-repo' });
  });
});
