import { findPublisherPlaceholders, PUBLISHER_MARK } from '../data/placeholders.ts';
import { findFieldLine } from '../model/front-matter.ts';
import type { LoadedEntry } from '../model/load-content.ts';
import { warning, type CheckProblem } from '../model/problems.ts';

/** A warning for every site.yaml field that still holds the publisher's placeholder. */
export function checkPublisherPlaceholders(entries: readonly LoadedEntry[]): CheckProblem[] {
  const site = entries.find((entry) => entry.collection === 'site');
  if (!site?.raw) return [];
  return findPublisherPlaceholders(site.raw).map(({ field, value }) =>
    warning({
      file: site.file,
      line: lineOf(site, field),
      field,
      message: `"${value}" is nog een invulveld: de uitgever van de site moet hier het echte gegeven zetten`,
      fix: `vervang het door het echte gegeven van de uitgever (een tekst die met ${PUBLISHER_MARK} begint of een adres op .invalid geldt als niet ingevuld)`,
      advice: 'uitgever',
    }),
  );
}

function lineOf(site: LoadedEntry, field: string): number | undefined {
  const line = findFieldLine(site.yamlText, field.split('.'));
  return line === undefined ? undefined : line + site.lineOffset;
}
