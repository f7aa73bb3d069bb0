import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkMarkup } from '../markdown/check-markup.ts';
import { sniffFormat } from '../content-rules/image-bytes.ts';
import { isUtf16WithoutBom } from '../content-rules/image-files.ts';
import { checkSvg } from '../markdown/svg-policy.ts';
import { listFiles } from '../model/content-files.ts';
import { shownPath } from '../messages/shown-path.ts';
import type { LoadedEntry } from '../model/load-content.ts';
import { error, warning, type CheckProblem } from '../model/problems.ts';

/** Markdown and MDX bodies against the markup policy: no code, only the editor components and allowed HTML. */
export function checkEntryMarkup(entry: LoadedEntry, source: string, visuals: ReadonlySet<string>): CheckProblem[] {
  const format = entry.absoluteFile.endsWith('.mdx') ? 'mdx' : 'md';
  return checkMarkup(source, format, { visuals }).map((finding) =>
    error({ file: entry.file, line: finding.line, field: 'tekst', message: finding.message, fix: finding.fix }),
  );
}

/** Every SVG in the content folder: only drawing, nothing that runs or fetches. */
export function checkContentSvgs(contentDir: string): CheckProblem[] {
  return listFiles(contentDir, /\.svg$/i).flatMap((relative) => {
    const file = path.join(contentDir, relative);
    const bytes = readFileSync(file);
    // A .svg that is a PNG, a PDF or UTF-16 text gets the file rule's one message (content-rules/image-files.ts), not its bytes as markup.
    const found = sniffFormat(bytes);
    if (
      (found !== undefined && found !== 'svg') ||
      isUtf16WithoutBom(bytes) ||
      (bytes[0] === 0xff && bytes[1] === 0xfe) ||
      (bytes[0] === 0xfe && bytes[1] === 0xff)
    )
      return [];
    return checkSvg(bytes.toString('utf8')).map((finding) =>
      error({ file: shownPath(file), field: '(afbeelding)', message: finding.message, fix: finding.fix }),
    );
  });
}

/** An id as a reader's browser and a case-insensitive file system see it: no case, no accents. */
export const comparableId = (id: string) => id.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Entries of one collection whose ids differ only in case or accents (or not at all): one would overwrite the other's page. */
export function findDuplicateIds(entries: readonly LoadedEntry[]): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const seen = new Map<string, LoadedEntry>();
  for (const entry of entries) {
    const key = `${entry.collection}/${comparableId(entry.id)}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    problems.push(
      error({
        file: entry.file,
        field: '(bestandsnaam)',
        message: `dit bestand en ${first.file} krijgen hetzelfde adres (${entry.id}); een van de twee zou stil verdwijnen`,
        fix: 'geef een van de twee bestanden een andere naam (alleen kleine letters, cijfers en streepjes)',
      }),
    );
  }
  return problems;
}

/** The dialogue's own period from site.yaml: from `openedOn` (when set) to `closedOn` (when set). */
export interface DialoguePeriod {
  from?: Date | undefined;
  to?: Date | undefined;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A warning when a date lies outside the dialogue's period: often a typo in the year. */
export function checkDateInPeriod(
  date: Date,
  period: DialoguePeriod,
  where: Omit<CheckProblem, 'severity' | 'message' | 'fix'>,
): CheckProblem[] {
  const before = period.from && date < period.from;
  const after = period.to && date > period.to;
  if (!before && !after) return [];
  const range = `${period.from ? day(period.from) : '…'} tot en met ${period.to ? day(period.to) : '…'}`;
  return [
    warning({
      ...where,
      message: `${day(date)} valt buiten de periode van de dialoog (${range}, uit site.yaml)`,
      fix: 'controleer het jaartal; klopt de datum, pas dan openedOn of closedOn in site.yaml aan',
    }),
  ];
}
