import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError } from '../messages/content-problems.ts';
import { findMarkupWarnings } from './markup-warnings.ts';
import { parseCsv } from './parse-csv.ts';

interface CsvLoaderOptions<S extends z.ZodObject> {
  /** Absolute path of the CSV file. */
  file: string;
  schema: S;
  /** The entry id of a row; defaults to the row number. Ids must be unique. */
  idOf?: (row: z.output<S>) => string;
}

/**
 * A content-layer loader for one CSV file: one entry per row, every row validated with
 * the row schema here (so errors carry row numbers), then stored as parsed.
 */
export function csvLoader<S extends z.ZodObject>({ file, schema, idOf }: CsvLoaderOptions<S>): Loader {
  const shown = path.relative(process.cwd(), file) || file;
  const load = async ({ store, generateDigest, logger }: Pick<LoaderContext, 'store' | 'generateDigest' | 'logger'>) => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new ContentError([{ file: shown, field: '(bestand)', message: 'het bestand bestaat niet of kan niet worden gelezen' }]);
    }
    const rows = parseCsv(text, schema, shown, idOf).map(({ line, data }) => ({
      id: idOf ? idOf(data) : String(line).padStart(5, '0'),
      data: { ...(data as Record<string, unknown>), line },
    }));
    for (const warning of findMarkupWarnings(
      shown,
      rows.map(({ data }) => ({ line: data.line, data })),
    ))
      logger.warn(warning);
    store.clear();
    for (const { id, data } of rows) store.set({ id, data, digest: generateDigest(JSON.stringify(data)) });
  };
  return {
    name: 'oogst-csv',
    load: async (context) => {
      await load(context);
      context.watcher?.add(file);
      context.watcher?.on('change', async (changed) => {
        if (path.resolve(changed) !== file) return;
        try {
          await load(context);
        } catch (error) {
          context.logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
