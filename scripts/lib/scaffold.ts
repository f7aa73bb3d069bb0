import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_TABLE } from '../../src/collections/collection-table.ts';
import { listCollectionFiles, listEntries, entryId } from '../../src/model/content-files.ts';
import { readFrontMatter } from '../../src/model/front-matter.ts';
import { slugify } from '../../src/model/slug.ts';
import * as templates from './scaffold-templates.ts';

export { slugify };

/** What `npm run new` can make: the collection of the table (its folder, extension and schema), the title field and a counter. */
export const SCAFFOLD_KINDS = {
  story: { collection: 'stories', titleField: 'title', counter: undefined },
  insight: { collection: 'insights', titleField: 'title', counter: 'number' },
  chapter: { collection: 'chapters', titleField: 'title', counter: 'order' },
  visual: { collection: 'visuals', titleField: 'title', counter: undefined },
  theme: { collection: 'themes', titleField: 'title', counter: 'order' },
  faq: { collection: 'faq', titleField: 'question', counter: 'order' },
  followup: { collection: 'followups', titleField: 'title', counter: undefined },
} as const;
/** Dutch names editors may use for a kind: `npm run new -- opvolging "…"`. */
export const SCAFFOLD_ALIASES: Record<string, ScaffoldKind> = { opvolging: 'followup' };
export type ScaffoldKind = keyof typeof SCAFFOLD_KINDS;

/** The title field's schema of a kind, from its collection's schema. */
function titleSchema(kind: ScaffoldKind): unknown {
  const { collection, titleField } = SCAFFOLD_KINDS[kind];
  const schema = COLLECTION_TABLE[collection].schema;
  const object = typeof schema === 'function' ? schema({ image: () => undefined } as never) : schema;
  return (object.shape as Record<string, unknown>)[titleField];
}

/** A file the scaffold will write, relative to the content folder. */
export interface PlannedFile {
  path: string;
  content: string;
}

/** The files for a new entry, or the reason (in Dutch) why none can be made. */
export function planScaffold(
  requestedKind: string,
  title: string,
  contentDir: string,
  today = new Date().toISOString().slice(0, 10),
): { files: PlannedFile[] } | { error: string } {
  const kind = SCAFFOLD_ALIASES[requestedKind] ?? requestedKind;
  if (!(kind in SCAFFOLD_KINDS))
    return {
      error: `onbekende soort "${kind}"; kies uit: ${[...Object.keys(SCAFFOLD_KINDS), ...Object.keys(SCAFFOLD_ALIASES)].join(', ')}`,
    };
  const { counter, collection } = SCAFFOLD_KINDS[kind as ScaffoldKind];
  const config = COLLECTION_TABLE[collection];
  const extension = config.newExtension;
  const clean = title.replace(/\s+/g, ' ').trim();
  const bounds = titleSchema(kind as ScaffoldKind) as { minLength: number | null; maxLength: number | null };
  if (clean.length < (bounds.minLength ?? 1) || clean.length > (bounds.maxLength ?? Infinity)) {
    return {
      error: `de titel is ${clean.length} tekens; een ${kind} heeft een titel van ${bounds.minLength ?? 1} tot ${bounds.maxLength} tekens`,
    };
  }
  const slug = slugify(clean);
  if (!slug) return { error: 'de titel bevat geen letters of cijfers om een bestandsnaam van te maken' };

  const existing = listCollectionFiles(contentDir, config);
  const clash = existing.find((file) => entryId(file) === slug);
  if (clash)
    return {
      error: `er bestaat al een ${kind} met de slug "${slug}": ${config.folder}/${clash}; kies een andere titel of bewerk dat bestand`,
    };

  const context: templates.ScaffoldContext = {
    slug,
    title: clean,
    today,
    firstTheme: firstTheme(contentDir),
    next: nextNumber(contentDir, collection, counter),
    firstSource: firstSource(contentDir),
  };
  const file = (name: string, content: string): PlannedFile => ({ path: path.join(config.folder, name), content });
  switch (kind as ScaffoldKind) {
    case 'story': {
      const files = [file(`${slug}.${extension}`, templates.storyTemplate(context))];
      const image = path.join('images', `${slug}.svg`);
      if (!existsSync(path.join(contentDir, config.folder, image))) files.push(file(image, templates.placeholderImage(clean)));
      return { files };
    }
    case 'insight':
      return { files: [file(`${slug}.${extension}`, templates.insightTemplate(context))] };
    case 'chapter':
      return { files: [file(`${slug}.${extension}`, templates.chapterTemplate(context))] };
    case 'visual':
      if (existsSync(path.join(contentDir, config.folder, `${slug}.csv`)))
        return { error: `${config.folder}/${slug}.csv bestaat al; kies een andere titel` };
      return {
        files: [file(`${slug}.${extension}`, templates.visualTemplate(context)), file(`${slug}.csv`, templates.visualDataTemplate())],
      };
    case 'theme':
      return { files: [file(`${slug}.${extension}`, templates.themeTemplate(context))] };
    case 'faq':
      return { files: [file(`${slug}.${extension}`, templates.faqTemplate(context))] };
    case 'followup':
      return { files: [file(`${slug}.${extension}`, templates.followUpTemplate(context))] };
  }
}

/** The first source of the content folder by id, so a new follow-up's step points at one that exists. */
function firstSource(contentDir: string): string | undefined {
  return listCollectionFiles(contentDir, COLLECTION_TABLE.sources).map(entryId).sort()[0];
}

/** The theme with the lowest order, so a new entry refers to something that exists. */
function firstTheme(contentDir: string): string {
  const themes = listEntries(contentDir, 'themes').map((file) => ({
    id: entryId(file),
    order: Number(
      readFrontMatter(readFileSync(path.join(contentDir, COLLECTION_TABLE.themes.folder, file), 'utf8')).data?.['order'] ?? Infinity,
    ),
  }));
  themes.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return themes[0]?.id ?? 'wonen';
}

/** One more than the highest order or number in use, so the new entry lands last and stays unique. */
function nextNumber(
  contentDir: string,
  collection: (typeof SCAFFOLD_KINDS)[ScaffoldKind]['collection'],
  field: string | undefined,
): number {
  if (!field) return 1;
  const { folder } = COLLECTION_TABLE[collection];
  const numbers = listCollectionFiles(contentDir, COLLECTION_TABLE[collection]).map((file) => {
    const value = readFrontMatter(readFileSync(path.join(contentDir, folder, file), 'utf8')).data?.[field];
    return typeof value === 'number' ? value : 0;
  });
  return Math.max(0, ...numbers) + 1;
}
