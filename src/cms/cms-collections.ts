import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { COLLECTION_TABLE, type MarkdownCollection } from '../collections/collection-table.ts';
import { ROUTES } from '../data/routes.ts';
/**
 * When the CMS reads the stories schema, `image()` is a file: the CMS writes the path and the
 * build resolves it (Astro's own image() needs a build to run). Scripts call the schema with other
 * stand-ins, so the image field's title and hint live here.
 */
const cmsSchemaContext = {
  image: () =>
    z.file().meta({
      title: 'Afbeelding',
      description: 'Een foto of tekening (JPG, PNG, WebP of SVG); wordt bewaard in de map images naast de verhalen.',
    }),
} as unknown as SchemaContext;

/** Folder, extension and schema of a collection, from the collection table. */
function fromTable(name: MarkdownCollection): Pick<CmsFolderCollection, 'folder' | 'extension' | 'schema'> {
  const { folder, newExtension, schema } = COLLECTION_TABLE[name];
  return { folder, extension: newExtension, schema: typeof schema === 'function' ? schema(cmsSchemaContext) : schema };
}

/** A folder of Markdown/MDX entries editors write in the CMS. */
export interface CmsFolderCollection {
  /** Collection name, as in src/content.config.ts. */
  name: string;
  label: string;
  labelSingular: string;
  /** What the collection holds, in Dutch, at the top of its list. */
  description: string;
  /** Folder inside the content folder. */
  folder: string;
  extension: 'md' | 'mdx';
  schema: z.ZodType;
  /** Front-matter field that names the entry in lists and builds the slug of a new one. */
  identifier: string;
  /** Images of the collection go in this folder next to its entries, written as `./<folder>/…`. */
  mediaFolder?: string;
  /** The site path of an entry's public page with the CMS's {{slug}}, for its preview link (cms-config.ts adds the base path). */
  previewPath?: string;
  sortBy: string[];
}

/**
 * The editor collections. Visuals (YAML with CSV), dialogue tables and ideas (CSV) stay with
 * `npm run new` and `npm run import`; the CMS only reads the visuals, to offer them in `<Visual>`.
 */
export const CMS_FOLDER_COLLECTIONS: readonly CmsFolderCollection[] = [
  {
    name: 'stories',
    label: 'Verhalen',
    labelSingular: 'Verhaal',
    description:
      'Verhalen van deelnemers. Een nieuw verhaal is eerst een concept: zet "Concept" uit om het te publiceren. De dialoogtafels en ideeën (CSV) staan niet in het CMS: die lees je in met npm run import (zie docs/redactie.md).',
    ...fromTable('stories'),
    identifier: 'title',
    mediaFolder: 'images',
    previewPath: ROUTES.story('{{slug}}'),
    sortBy: ['date', 'title'],
  },
  {
    name: 'insights',
    label: 'Inzichten',
    labelSingular: 'Inzicht',
    description:
      'De inzichten uit de dialoog, elk met een nummer. Grafieken, dialoogtafels en ideeën maak je met npm run new en npm run import (zie docs/redactie.md).',
    ...fromTable('insights'),
    identifier: 'title',
    previewPath: ROUTES.insight('{{slug}}'),
    sortBy: ['number', 'title'],
  },
  {
    name: 'chapters',
    label: 'Hoofdstukken',
    labelSingular: 'Hoofdstuk',
    description: 'De hoofdstukken van het eindproduct, in volgorde.',
    ...fromTable('chapters'),
    identifier: 'title',
    previewPath: ROUTES.chapter('{{slug}}'),
    sortBy: ['order', 'title'],
  },
  {
    name: 'themes',
    label: "Thema's",
    labelSingular: 'Thema',
    description: "De thema's; verhalen, inzichten en hoofdstukken verwijzen ernaar.",
    ...fromTable('themes'),
    identifier: 'title',
    previewPath: ROUTES.theme('{{slug}}'),
    sortBy: ['order', 'title'],
  },
  {
    name: 'faq',
    label: 'Veelgestelde vragen',
    labelSingular: 'Vraag',
    description: 'Vragen en antwoorden; de tekst is het antwoord.',
    ...fromTable('faq'),
    identifier: 'question',
    sortBy: ['order', 'question'],
  },
  {
    name: 'followups',
    label: 'Opvolging',
    labelSingular: 'Opvolging',
    description:
      'Wat er is gedaan met de inzichten en aanbevelingen: elke stap met de bron erbij, en wie verantwoordelijk is als een bron dat zegt. De status volgt uit de stappen. Een stap zonder bestaand document markeer je als voorbeeld.',
    ...fromTable('followups'),
    identifier: 'title',
    previewPath: ROUTES.followUp('{{slug}}'),
    sortBy: ['title'],
  },
  {
    name: 'sources',
    label: 'Bronnen',
    labelSingular: 'Bron',
    description:
      'De documenten waar de feiten op de site uit komen. Teksten, cijfers en stappen van opvolging verwijzen ernaar; ze staan op de pagina Bronnen.',
    ...fromTable('sources'),
    identifier: 'title',
    previewPath: ROUTES.sources,
    sortBy: ['date', 'title'],
  },
  {
    name: 'pages',
    label: "Pagina's",
    labelSingular: 'Pagina',
    description: 'Losse pagina’s zoals over deze site, toegankelijkheid en privacy.',
    ...fromTable('pages'),
    identifier: 'title',
    previewPath: ROUTES.page('{{slug}}'),
    sortBy: ['title'],
  },
];

/** The site settings: one YAML file. */
export const CMS_SITE_SETTINGS = {
  name: 'site',
  label: 'Instellingen van de site',
  file: COLLECTION_TABLE.site.file,
  schema: COLLECTION_TABLE.site.schema,
} as const;
