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
 * Comment lines stay with the key below them. The site settings (a whole YAML file with many
 * comments) are read and written the same way (readYamlFile, writeYamlFile).
 */

export type EntryValues = Record<string, unknown> & { body?: string };

interface ParsedFile {
  text: string;
  values: EntryValues;
  /** Each top-level key's lines of the front matter, as written, with the comment lines above it. */
  blocks: Map<string, Block>;
  /** Comment and blank lines after the last key. */
  trailing: string[];
  /** What stands between the closing `---` and the body. */
  separator: string;
  body: string;
}

/** A top-level key as written: the comment (and blank) lines that introduce it, then its own lines. */
interface Block {
  comments: string[];
  lines: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits YAML into one block of lines per top-level key. A comment or blank line at the left
 * margin belongs to the key below it (it explains that key), so it stays when that key changes.
 */
function keyBlocks(yamlText: string): { blocks: Map<string, Block>; trailing: string[] } {
  const blocks = new Map<string, Block>();
  let current: Block | undefined;
  let pending: string[] = [];
  for (const line of yamlText.split('\n')) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key) {
      current = { comments: pending, lines: line };
      blocks.set(key, current);
      pending = [];
    } else if (current && line.trim() !== '' && !line.startsWith('#')) {
      // An indented line of the current key: blank lines before it are part of its value.
      current.lines += `\n${[...pending, line].join('\n')}`;
      pending = [];
    } else pending.push(line);
  }
  return { blocks, trailing: pending };
}

function parseYaml(yamlText: string): Pick<ParsedFile, 'values' | 'blocks' | 'trailing'> {
  // Dates stay text (YYYY-MM-DD or YYYY-MM), as the CMS's date fields read and write them.
  const data = (yaml.load(yamlText, { schema: yaml.JSON_SCHEMA }) ?? {}) as Record<string, unknown>;
  return { values: { ...data }, ...keyBlocks(yamlText) };
}

function parse(text: string): ParsedFile {
  const match = FRONT_MATTER.exec(text);
  const frontMatter = match?.[1] ?? '';
  const rest = match ? text.slice(match[0].length) : text;
  const separator = /^(\r?\n)*/.exec(rest)?.[0] ?? '';
  const body = rest.slice(separator.length);
  const parsed = parseYaml(frontMatter);
  return { text, ...parsed, values: { ...parsed.values, body: body.replace(/\s+$/, '') }, separator, body };
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

/** The file read earlier that these values most likely come from: the one with the most equal fields. */
function originalOf<T extends Pick<ParsedFile, 'values'>>(values: Record<string, unknown>, files: readonly T[]): T | undefined {
  let best: { file: T; score: number } | undefined;
  for (const file of files) {
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

/** The YAML of the fields, keeping the lines (and comments) of every field that did not change. */
function writeFields(data: Record<string, unknown>, original: Pick<ParsedFile, 'values' | 'blocks' | 'trailing'> | undefined): string[] {
  const keys = [...new Set([...(original ? [...original.blocks.keys()] : []), ...Object.keys(data)])];
  const lines: string[] = [];
  for (const key of keys) {
    const value = data[key];
    const block = original?.blocks.get(key);
    if (block && same(original?.values[key], value)) {
      lines.push(...block.comments, block.lines);
      continue;
    }
    // A field the file did not have, left at its empty or `false` default, stays out of the file.
    if (isEmpty(value) || (value === false && original && !block)) continue;
    lines.push(...(block?.comments ?? []), dumpKey(key, value));
  }
  return [...lines, ...(original?.trailing ?? [])];
}

/** Writes an entry file (Sveltia's `toFile`), keeping the lines of every field that did not change. */
export function writeEntryFile(values: EntryValues): string {
  const original = originalOf(values, readFiles);
  const { body = '', ...data } = values;
  const lines = writeFields(data, original);
  const unchangedBody = original && original.values.body === body.replace(/\s+$/, '');
  return `---\n${lines.join('\n')}\n---\n${original?.separator ?? ''}${unchangedBody ? original.body : `${body.replace(/\s+$/, '')}\n`}`;
}

/** YAML files the CMS read (the site settings), so a save keeps what did not change. */
const readYamlFiles: Pick<ParsedFile, 'values' | 'blocks' | 'trailing'>[] = [];

/** Reads a whole YAML file (the site settings): its comments stay in the file as long as the CMS writes it. */
export function readYamlFile(text: string): Record<string, unknown> {
  const parsed = parseYaml(text.replace(/\n$/, ''));
  readYamlFiles.push(parsed);
  return structuredClone(parsed.values);
}

/** Writes a whole YAML file, keeping the lines and comments of every key that did not change. */
export function writeYamlFile(values: Record<string, unknown>): string {
  const original = originalOf(values, readYamlFiles);
  return `${writeFields(values, original).join('\n')}\n`;
}
