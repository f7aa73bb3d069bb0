import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_TABLE } from '../../src/collections/collection-table.ts';
import { shownPath } from '../../src/messages/shown-path.ts';
import { knownIdsOf } from '../../src/check/content-references.ts';
import { readContentModel } from '../../src/model/content-model.ts';
import type { CsvCollection } from '../../src/model/csv-content.ts';
import { formatContentCsv, planImport, readExistingRecords, type ImportPlan } from '../../src/import/import-rows.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** How an import treats the rows already in the content file. */
export interface ImportOptions {
  /** Replace the whole file with the imported rows instead of adding to it. */
  replace: boolean;
  /** Report only; write nothing. */
  dryRun: boolean;
}

/** The outcome of an import: the plan, whether the file was written, and the report lines (Dutch). */
export interface ImportResult {
  plan: ImportPlan;
  written: boolean;
  report: string[];
  /** True when every row was imported or already present. */
  ok: boolean;
}

/**
 * Imports a spreadsheet export into `<contentDir>/<collection>.csv`. By default rows are
 * added and the rows already there stay as they are; with `replace` the file holds
 * exactly the imported rows, and it is only written when every row passed.
 */
export function runImport(collection: CsvCollection, source: string, contentDir: string, options: ImportOptions): ImportResult {
  const target = path.join(contentDir, COLLECTION_TABLE[collection].file);
  const shownTarget = shownPath(target);
  const existingText = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  const existing = readExistingRecords(collection, existingText, shownTarget);
  // The ids rows may point at, from the content model `npm run check` reads.
  const model = readContentModel(contentDir);
  const known = knownIdsOf(model, collection === 'ideas' ? model.tables.ids : []);
  const plan = planImport(collection, readFileSync(source, 'utf8'), shownPath(source), options.replace ? [] : existing, known);

  const report = [
    `Import van ${shownPath(source)} naar ${shownTarget} (${options.replace ? 'vervangen' : 'toevoegen'}${options.dryRun ? ', proefdraai: er wordt niets geschreven' : ''})`,
  ];
  if (plan.fatal.length > 0) {
    report.push('Het bestand is niet geïmporteerd:', ...plan.fatal.map((reason) => `  - ${reason}`));
    return { plan, written: false, report, ok: false };
  }
  report.push(
    `  gelezen:       ${plan.read} ${plan.read === 1 ? 'rij' : 'rijen'}`,
    `  geïmporteerd:  ${plan.accepted.length}`,
    `  al aanwezig:   ${plan.alreadyPresent.length}${plan.alreadyPresent.length > 0 ? ` (rij ${plan.alreadyPresent.join(', ')})` : ''}`,
    `  afgewezen:     ${plan.rejected.length}`,
    ...plan.rejected.flatMap(({ line, reasons }) => reasons.map((reason) => `    rij ${line}: ${reason}`)),
  );
  const ok = plan.rejected.length === 0;
  const rows = options.replace ? plan.accepted : [...existing, ...plan.accepted];
  let written = false;
  if (options.replace && !ok) {
    report.push(
      `${shownTarget} is niet vervangen: verbeter eerst de afgewezen rijen (met --replace wordt alleen een volledig goed bestand geschreven).`,
    );
  } else if (plan.accepted.length === 0 && !options.replace) {
    report.push(`${shownTarget} is niet gewijzigd: er waren geen nieuwe rijen.`);
  } else if (!options.dryRun) {
    writeFileAtomic(target, formatContentCsv(collection, rows));
    written = true;
    report.push(
      `${shownTarget} heeft nu ${rows.length} ${rows.length === 1 ? 'rij' : 'rijen'}${options.replace ? ` (was ${existing.length})` : ''}.`,
    );
  }
  if (!ok)
    report.push(
      'Verbeter de afgewezen rijen in de spreadsheet en importeer het bestand opnieuw; rijen die al zijn geïmporteerd worden dan overgeslagen.',
    );
  return { plan, written, report, ok };
}
