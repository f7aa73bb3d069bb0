import type { ContentModel } from './content-model.ts';

/** The key a date is written under in the model's JSON (the data keeps its dates as Date). */
const DATE_KEY = '$oogstDate';

/**
 * The model as the source of a module: how the model read by astro.config.mjs reaches the
 * content layer (src/content.config.ts), which Astro runs in a module graph of its own. The
 * content layer gets the data the check checked, not a second reading of the folder.
 */
export function contentModelModule(model: ContentModel): string {
  const json = JSON.stringify(model, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE_KEY]: raw.getTime() } : value;
  });
  const revive = `(key, value) => value !== null && typeof value === 'object' && typeof value[${JSON.stringify(DATE_KEY)}] === 'number' ? new Date(value[${JSON.stringify(DATE_KEY)}]) : value`;
  return `export const contentModel = JSON.parse(${JSON.stringify(json)}, ${revive});\n`;
}
