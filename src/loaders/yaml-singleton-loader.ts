import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { ContentError, issuesToProblems } from '../messages/content-problems.ts';
import { findFieldLine } from '../messages/yaml-lines.ts';

/** Loads one YAML file as a single entry with id `id`, validated with `schema`. */
export function yamlSingletonLoader(file: string, schema: z.ZodType, id: string): Loader {
  const shown = path.relative(process.cwd(), file) || file;
  return {
    name: 'oogst-yaml-singleton',
    load: async ({ store, generateDigest, watcher }) => {
      let raw: unknown;
      let text = '';
      try {
        text = await readFile(file, 'utf8');
        raw = yaml.load(text);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new ContentError([{ file: shown, field: '(bestand)', message: `kan het bestand niet lezen als YAML: ${reason}` }]);
      }
      const parsed = schema.safeParse(raw ?? {}, { reportInput: true });
      if (!parsed.success)
        throw new ContentError(
          issuesToProblems(parsed.error.issues, shown, (fieldPath) => findFieldLine(text, fieldPath) ?? 1),
          `${shown} bevat fouten`,
        );
      store.clear();
      store.set({ id, data: parsed.data as Record<string, unknown>, digest: generateDigest(JSON.stringify(raw)) });
      watcher?.add(file);
    },
  };
}
