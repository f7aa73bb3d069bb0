import yaml from 'js-yaml';
import { ABSENT_FIELD_VALUES } from './new-entries.ts';

/**
 * The file format of the CMS's Markdown and MDX entries: front matter in YAML, then the body, as
 * the repository writes them. Sveltia's own front-matter format writes every file in its style
 * (block lists, single quotes, a blank line after the front matter), so an edit of one field
 * rewrote the whole file. This format reads the file as the build does and writes each field
 * that did not change with its original lines, in the original order, and the body as it was
 * when it did not change: a file saved unchanged is byte-identical, and an edit changes only its
 * own lines. New fields follow the repository's style (flow lists `[a, b]`, double quotes).
 */

export type EntryValues = Record<string, unknown> & { body?: string };

interface ParsedFile {
  text: string;
  values: EntryValues;
  /** Each top-level key's lines of the front matter, as written. */
  lines: Map<string, string>;
  /** What stands between the closing `---` and the body. */
  separator: string;
  body: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits the front matter into one block of lines per top-level key. */
function keyBlocks(frontMatter: string): Map<string, string> {
  const blocks = new Map<string, string>();
  let current: string | undefined;
  for (const line of frontMatter.split('\n')) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key) {
      current = key;
      blocks.set(key, line);
    } else if (current) blocks.set(current, `${blocks.get(current)}\n${line}`);
  }
  return blocks;
}

function parse(text: string): ParsedFile {
  const match = FRONT_MATTER.exec(text);
  const frontMatter = match?.[1] ?? '';
  const rest = match ? text.slice(match[0].length) : text;
  const separator = /^(\r?\n)*/.exec(rest)?.[0] ?? '';
  const body = rest.slice(separator.length);
  // Dates stay text (YYYY-MM-DD or YYYY-MM), as the CMS's date fields read and write them.
  const data = (yaml.load(frontMatter, { schema: yaml.JSON_SCHEMA }) ?? {}) as Record<string, unknown>;
  return { text, values: { ...data, body: body.replace(/\s+$/, '') }, lines: keyBlocks(frontMatter), separator, body };
}

/** Values compared as data, whatever their key order. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !isEmpty((a as never)[k]) || !isEmpty((b as never)[k])));
    return [...keys].every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return false;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** One key in the repository's style: lists of plain values on one line, records as blocks. */
function dumpKey(key: string, value: unknown): string {
  const flatList = Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object');
  return yaml
    .dump({ [key]: value }, { flowLevel: flatList ? 1 : -1, lineWidth: -1, quotingType: '"', schema: yaml.JSON_SCHEMA, noRefs: true })
    .replace(/\n$/, '');
}

/** Files read in this session, so a save can keep what did not change. */
const readFiles: ParsedFile[] = [];

/** The file read earlier that this entry most likely comes from: the one with the most equal fields. */
function originalOf(values: EntryValues): ParsedFile | undefined {
  let best: { file: ParsedFile; score: number } | undefined;
  for (const file of readFiles) {
    const keys = new Set([...Object.keys(file.values), ...Object.keys(values)]);
    let score = 0;
    for (const key of keys) if (same(file.values[key], values[key])) score++;
    if (score / keys.size >= 0.5 && (!best || score > best.score)) best = { file, score };
  }
  return best?.file;
}

/** Reads an entry file (Sveltia's `fromFile`). */
export function readEntryFile(text: string): EntryValues {
  const parsed = parse(text);
  readFiles.push(parsed);
  // A field the file leaves out keeps its meaning in the form (a story without `draft` is published).
  return { ...structuredClone(ABSENT_FIELD_VALUES), ...structuredClone(parsed.values) };
}

/** Writes an entry file (Sveltia's `toFile`), keeping the lines of every field that did not change. */
export function writeEntryFile(values: EntryValues): string {
  const original = originalOf(values);
  const { body = '', ...data } = values;
  const keys = [...new Set([...(original ? [...original.lines.keys()] : []), ...Object.keys(data)])];
  const lines: string[] = [];
  for (const key of keys) {
    const value = data[key];
    const before = original?.values[key];
    if (original?.lines.has(key) && same(before, value)) {
      lines.push(original.lines.get(key) ?? '');
      continue;
    }
    // A field the file did not have, left at its empty or `false` default, stays out of the file.
    if (isEmpty(value) || (value === false && original && !original.lines.has(key))) continue;
    lines.push(dumpKey(key, value));
  }
  const unchangedBody = original && original.values.body === body.replace(/\s+$/, '');
  return `---\n${lines.join('\n')}\n---\n${original?.separator ?? ''}${unchangedBody ? original.body : `${body.replace(/\s+$/, '')}\n`}`;
}
