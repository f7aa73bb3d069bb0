import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { COLLECTION_TABLE } from '../collections/collection-table.ts';
import type { ContentEntry } from '../collections/content-entry.ts';
import { imageFault, imageFaultMessage } from '../content-rules/images.ts';
import { SLUG_PATTERN } from '../schemas/shared.ts';
import { entryId, listEntries, listVisualSpecs, MARKDOWN_COLLECTIONS, type MarkdownCollection } from './content-files.ts';
import { shownPath } from '../messages/shown-path.ts';
import { findFieldLine, parseYamlObject, readFrontMatter } from './front-matter.ts';
import { missingDataFileProblem } from '../messages/content-problems.ts';
import { error, type CheckProblem } from './problems.ts';
import { schemaProblems, validate } from './schema-problems.ts';

/** One Markdown/MDX or YAML entry as read from disk, validated or not. */
export type LoadedEntry = ContentEntry<MarkdownCollection | 'visuals' | 'site'>;

/** The entry a schema is validating; `validate` is synchronous, so refinements read it during one entry's parse. */
interface EntryInValidation {
  file: string;
  contentDir: string;
  /** The accepted image paths of the entry, collected as its schema runs. */
  images: string[];
}

/** The `image()` helper Astro passes to the story schema, checking the file by the one image rule (src/content-rules/images.ts). */
function imageHelper(entry: EntryInValidation): SchemaContext['image'] {
  const image = () =>
    z.string({ error: 'moet het pad naar een afbeelding zijn, bijvoorbeeld ./images/straat.svg' }).superRefine((value, ctx) => {
      const fault = imageFault(value, { entryFile: entry.file, contentDir: entry.contentDir, requireImageName: true });
      if (fault) {
        const { message, fix } = imageFaultMessage(fault, value, false);
        ctx.addIssue({ code: 'custom', message: `${message}: ${fix}` });
      } else entry.images.push(value);
    });
  return image as unknown as SchemaContext['image'];
}

// A schema that takes Astro's context (the stories') is built once, not per entry: building a zod
// schema costs more than parsing one entry with it (0.7 ms a story). Its image() refinement reads
// the entry being validated.
const entryInValidation: EntryInValidation = { file: '', contentDir: '', images: [] };
const builtSchemas = new Map<MarkdownCollection, z.ZodType>();

/** The schema of a collection of the table; the stories' schema gets an `image()` that checks the file next to the entry. */
const schemaOf = (collection: MarkdownCollection, file: string, contentDir: string): z.ZodType => {
  const schema = COLLECTION_TABLE[collection].schema;
  if (typeof schema !== 'function') return schema;
  Object.assign(entryInValidation, { file, contentDir });
  let built = builtSchemas.get(collection);
  if (!built) builtSchemas.set(collection, (built = schema({ image: imageHelper(entryInValidation) } as SchemaContext)));
  return built;
};

/** A YAML file as an entry (a visual's spec, site.yaml): the whole file is its front matter. */
function readYamlEntry(collection: LoadedEntry['collection'], id: string, absoluteFile: string) {
  const yamlText = readFileSync(absoluteFile, 'utf8');
  const { data, error: parseError } = parseYamlObject(yamlText);
  const entry: LoadedEntry = {
    collection,
    id,
    file: shownPath(absoluteFile),
    absoluteFile,
    raw: data,
    data: undefined,
    source: yamlText,
    yamlText,
    lineOffset: 0,
    body: '',
    bodyLine: 0,
    images: [],
  };
  return { entry, parseError };
}

/** Reads and validates every Markdown/MDX entry, every visual spec and site.yaml. */
export function loadEntries(contentDir: string): { entries: LoadedEntry[]; problems: CheckProblem[] } {
  const entries: LoadedEntry[] = [];
  const problems: CheckProblem[] = [];
  const add = (entry: LoadedEntry, schema: z.ZodType, parseError: { line: number | undefined; message: string } | undefined) => {
    if (parseError) {
      problems.push(error({ file: entry.file, line: parseError.line, field: '(bestand)', message: parseError.message }));
    } else {
      entryInValidation.images = [];
      const result = validate(schema, entry.raw);
      entry.data = result.data as Record<string, unknown> | undefined;
      if (entry.data) entry.images = entryInValidation.images;
      problems.push(...schemaProblems(result.issues, entry));
    }
    if (entry.collection !== 'site' && !SLUG_PATTERN.test(entry.id.split('/').at(-1) ?? '')) {
      problems.push(
        error({
          file: entry.file,
          field: '(bestandsnaam)',
          message: `de bestandsnaam geeft de slug "${entry.id}", die niet bruikbaar is`,
          fix: 'gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld mijn-verhaal.mdx',
        }),
      );
    }
    entries.push(entry);
  };

  for (const collection of MARKDOWN_COLLECTIONS) {
    for (const relative of listEntries(contentDir, collection)) {
      const absoluteFile = path.join(contentDir, COLLECTION_TABLE[collection].folder, relative);
      const source = readFileSync(absoluteFile, 'utf8');
      const { data, error: parseError, yamlText, body, bodyLine } = readFrontMatter(source);
      const entry: LoadedEntry = {
        collection,
        id: entryId(relative),
        file: shownPath(absoluteFile),
        absoluteFile,
        raw: data,
        data: undefined,
        source,
        yamlText,
        lineOffset: 1,
        body,
        bodyLine,
        images: [],
      };
      add(entry, schemaOf(collection, absoluteFile, contentDir), parseError);
    }
  }
  for (const relative of listVisualSpecs(contentDir)) {
    const absoluteFile = path.join(contentDir, COLLECTION_TABLE.visuals.folder, relative);
    const { entry, parseError } = readYamlEntry('visuals', entryId(relative), absoluteFile);
    const { yamlText, raw: data } = entry;
    add(entry, COLLECTION_TABLE.visuals.schema, parseError);
    const dataFile = (data?.['data'] as { file?: unknown } | undefined)?.file;
    if (typeof dataFile === 'string' && !existsSync(path.join(path.dirname(absoluteFile), dataFile))) {
      problems.push(
        error({
          ...missingDataFileProblem(entry.file, dataFile),
          line: (findFieldLine(yamlText, ['data', 'file']) ?? 1) + entry.lineOffset,
        }),
      );
    }
  }
  const siteFile = path.join(contentDir, COLLECTION_TABLE.site.file);
  if (existsSync(siteFile)) {
    const { entry, parseError } = readYamlEntry('site', 'site', siteFile);
    add(entry, COLLECTION_TABLE.site.schema, parseError);
  } else {
    problems.push(
      error({
        file: shownPath(siteFile),
        field: '(bestand)',
        message: 'het bestand ontbreekt',
        fix: 'maak site.yaml aan met naam, slogan en organisatie (zie docs/redactie.md)',
      }),
    );
  }
  return { entries, problems };
}
