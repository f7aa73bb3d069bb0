import { error, type CheckProblem } from '../messages/content-problems.ts';
import { UPLOAD_TEXT } from '../messages/upload-problems.ts';
import type { RuleEntry } from './types.ts';

/**
 * Characters that change how text displays or hide in it, pasted along from Word, mail and
 * chat: direction controls (a title that reads backwards from some point), NUL and other control
 * characters, zero-width spaces and joiners that are no part of an emoji. Allowed: tab and line
 * ends, and the zero-width (non-)joiner that emoji and some scripts need.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u2800\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{1D173}-\u{1D17A}\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/u;
/** A subdivision flag (🏴 with tag letters: England, Scotland, Wales), the one use of tag characters in text. */
const TAG_FLAG = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;

/** What an editor would call the character. */
function nameOf(char: string): string {
  const code = char.codePointAt(0)!;
  if (code === 0) return 'nulteken';
  if (/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(char)) return 'richtingsteken';
  if (/[\u200B\u2060\uFEFF\u180E]/.test(char)) return 'breedteloze spatie';
  if (/[\u2028\u2029]/.test(char)) return 'regel- of alineascheiding';
  if (/[\u{E0000}-\u{E007F}]/u.test(char)) return 'onzichtbare tekstmarkering (tag-teken)';
  if (/[\u{E0100}-\u{E01EF}]/u.test(char)) return 'onzichtbare variantkeuze';
  if (/[\u115F\u1160\u2800\u3164\uFFA0\u17B4\u17B5\u034F]/.test(char)) return 'onzichtbaar opvulteken';
  return 'stuurteken';
}

const codeOf = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first invisible character of a text, in the check's words (the CMS refuses a save with them too). */
export function describeInvisibleCharacter(text: string): { message: string; fix: string } | undefined {
  const char = INVISIBLE.exec(text.replace(TAG_FLAG, ''))?.[0];
  return char === undefined ? undefined : UPLOAD_TEXT.invisibleCharacter(nameOf(char), codeOf(char));
}

/** The first invisible character of a line of text, as a problem; a BOM at the very start of a file is allowed. */
function findIn(text: string, where: { file: string; line: number; field: string }): CheckProblem | undefined {
  const found = describeInvisibleCharacter(text);
  return found === undefined ? undefined : error({ ...where, ...found, rule: 'invisible' });
}

/** Every string in a parsed value, with its dotted path. */
function strings(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}.${index}`));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  return [];
}

/** Titles, summaries, names and every other front-matter value, the body, and YAML files: line by line, then escapes ("\u202E"). */
export function checkEntryText(entry: RuleEntry): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const lines = entry.yamlText.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((text, index) => {
    const found = findIn(text, { file: entry.file, line: entry.lineOffset + index + 1, field: 'tekst' });
    if (found) problems.push(found);
  });
  if (problems.length === 0) {
    // Escapes in double-quoted YAML ("\u202E") are not in the text itself.
    for (const { path, text } of strings(entry.raw, '')) {
      const found = findIn(text, { file: entry.file, line: entry.lineOffset + 1, field: path });
      if (found) problems.push(found);
    }
  }
  entry.body.split('\n').forEach((text, index) => {
    const found = findIn(text, { file: entry.file, line: entry.bodyLine + index, field: 'tekst' });
    if (found) problems.push(found);
  });
  return problems;
}

/** Every cell of a CSV file, by its line. */
export function checkCsvText(text: string, file: string): CheckProblem[] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .flatMap((line, index) => findIn(line.replace(/\r$/, ''), { file, line: index + 1, field: '(rij)' }) ?? []);
}
