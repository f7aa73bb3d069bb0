import { error, warning, type CheckProblem } from '../messages/content-problems.ts';
import { UPLOAD_TEXT } from '../messages/upload-problems.ts';
import type { RuleEntry } from './types.ts';

/** One line of YAML that holds a plain (unquoted) value: the value as written and its file line. */
interface PlainValue {
  line: number;
  text: string;
  /** The key the value belongs to; undefined for a list item (`- …`). */
  key: string | undefined;
}

/**
 * The plain values of a YAML text, line by line: after `key:` or `- `, not quoted, not a
 * full-line comment, not inside a block scalar (`|`, `>`), whose lines are literal text.
 */
function plainValues(yamlText: string, lineOffset: number): PlainValue[] {
  const values: PlainValue[] = [];
  let blockIndent: number | undefined;
  yamlText.split('\n').forEach((raw, index) => {
    const text = raw.replace(/\r$/, '');
    const indent = text.length - text.trimStart().length;
    if (blockIndent !== undefined) {
      if (text.trim() === '' || indent > blockIndent) return;
      blockIndent = undefined;
    }
    const match = /^(\s*(?:-\s+)*)(?:([^\s#'"][^:#]*?|"[^"]*"|'[^']*'):(?=\s|$))?\s*(.*)$/.exec(text);
    if (!match) return;
    const value = match[3]!;
    if (/^[|>][-+0-9]*\s*(#.*)?$/.test(value)) {
      blockIndent = indent;
      return;
    }
    if (value === '' || value.startsWith('#') || value.startsWith('"') || value.startsWith("'") || value === '---') return;
    values.push({ line: lineOffset + index + 1, text: value, key: match[2]?.replace(/^['"]|['"]$/g, '') });
  });
  return values;
}

/**
 * A plain YAML value with " #" in it loses everything from there: YAML reads it as a comment
 * ("Zzp'ers #zzp zonder vangnet" becomes "Zzp'ers"). A deliberate comment (`draft: true # later`)
 * is left alone; a hashtag or cut-off prose gets a warning with the fix: quotes.
 */
export function checkYamlHashes(entry: RuleEntry): CheckProblem[] {
  return plainValues(entry.yamlText, entry.lineOffset).flatMap(({ line, text, key }) => {
    const at = /\s#/.exec(text);
    if (!at || text.startsWith('[') || text.startsWith('{')) return [];
    const kept = text.slice(0, at.index).trim();
    const hashtag = /^\S/.test(text.slice(at.index + 2));
    if (!hashtag && !/\s/.test(kept)) return [];
    return [warning({ file: entry.file, line, field: key ?? 'tekst', ...UPLOAD_TEXT.yamlHash(kept), rule: 'yaml-hash' })];
  });
}

/**
 * A date with a time or zone (`2021-05-26T00:30:00+02:00`) is a moment, which YAML turns into
 * UTC: the day shown can be the one before. Refused, with the day as written as the fix.
 */
export function checkDateTimes(entry: RuleEntry): CheckProblem[] {
  return plainValues(entry.yamlText, entry.lineOffset).flatMap(({ line, text, key }) => {
    const match = /^(\d{4}-\d{2}-\d{2})(?:[Tt]|\s+)\d{1,2}:\d{2}/.exec(text);
    if (!match) return [];
    const value = text.replace(/\s+#.*$/, '').trim();
    return [error({ file: entry.file, line, field: key ?? 'datum', ...UPLOAD_TEXT.dateWithTime(value, match[1]!), rule: 'date-time' })];
  });
}
