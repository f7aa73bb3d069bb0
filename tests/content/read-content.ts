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

const channel = (hex: string, offset: number): number => {
  const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2.1 relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG 2.1 contrast ratio between two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Internal links written in Markdown bodies, e.g. `/themas/wonen/`. */
export function internalLinks(body: string): string[] {
  return [...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((match) => match[1] ?? '');
}
