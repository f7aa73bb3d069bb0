import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import yaml from 'js-yaml';

/** One Markdown or MDX entry: its slug (file name), front matter and body. */
export interface Entry {
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Reads every `.md`/`.mdx` file of a folder (not starting with `_`), parsing front matter with js-yaml. */
export function readEntries(dir: string): Entry[] {
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const match = FRONT_MATTER.exec(readFileSync(file, 'utf8'));
      if (!match) throw new Error(`${file}: no front matter`);
      const data = yaml.load(match[1] ?? '') as Record<string, unknown>;
      return { slug: name.replace(/\.mdx?$/, ''), file, data, body: match[2] ?? '' };
    });
}

/** Reads a YAML file. */
export function readYaml(file: string): Record<string, unknown> {
  return yaml.load(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Reads a CSV file into rows of strings keyed by header. */
export function readCsv(file: string): Record<string, string>[] {
  return csvParse(readFileSync(file, 'utf8')).map((row) => ({ ...row }) as Record<string, string>);
}

/** A list field of front matter as strings; absent means empty. */
export function list(entry: Entry, field: string): string[] {
  const value = entry.data[field];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`${entry.file}: ${field} is not a list`);
  return value.map(String);
}

/** js-yaml turns `2021-05-26` into a Date; CSV gives a string. Both become `YYYY-MM-DD`. */
export function isoDate(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** WCAG contrast, from the one module that computes it for the site. */
export { contrastRatio as contrast } from '../../src/colour/contrast.ts';

/** Every file of a content folder, read once, as the content tests use them. */
export function readContentFolder(dir: string) {
  const at = (...parts: string[]) => path.join(dir, ...parts);
  const tables = readCsv(at('tables.csv'));
  return {
    site: readYaml(at('site.yaml')),
    themes: readEntries(at('themes')),
    insights: readEntries(at('insights')),
    chapters: readEntries(at('chapters')),
    stories: readEntries(at('stories')),
    faq: readEntries(at('faq')),
    pages: readEntries(at('pages')),
    sources: readEntries(at('sources')),
    followups: readEntries(at('followups')),
    tables,
    ideas: readCsv(at('ideas.csv')),
    tableById: new Map(tables.map((table) => [table.id ?? '', table])),
  };
}

/** Internal links written in Markdown bodies, e.g. `/themas/wonen/`. */
export function internalLinks(body: string): string[] {
  return [...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((match) => match[1] ?? '');
}
