import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_TABLE } from '../../src/collections/collection-table.ts';
import { shownPath } from '../../src/messages/shown-path.ts';
import { knownIdsOf } from '../../src/check/content-references.ts';
import { readContentModel } from '../../src/model/content-model.ts';
import { planFollowUpImport, type FollowUpImportPlan, type KnownFollowUpIds } from '../../src/import/import-followups.ts';
import type { ImportOptions } from './run-import.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** The ids follow-ups in `contentDir` may point to, from the content model `npm run check` reads. */
function knownIds(contentDir: string): KnownFollowUpIds {
  const model = readContentModel(contentDir);
  return knownIdsOf(model, model.tables.ids);
}

/**
 * Imports a spreadsheet of follow-up steps into `<contentDir>/followups/`, one Markdown file
 * per follow-up. New follow-ups are written; one that exists with other data is rejected,
 * unless `replace`, which rewrites its front matter and keeps its text. With `replace`,
 * nothing is written unless every follow-up passed.
 */
export function runFollowUpImport(
  source: string,
  contentDir: string,
  options: ImportOptions,
): { plan: FollowUpImportPlan; written: string[]; report: string[]; ok: boolean } {
  const plan = planFollowUpImport(readFileSync(source, 'utf8'), shownPath(source), contentDir, knownIds(contentDir), options.replace);
  const folder = shownPath(path.join(contentDir, COLLECTION_TABLE.followups.folder));
  const report = [
    `Import van ${shownPath(source)} naar ${folder}/ (${options.replace ? 'vervangen' : 'toevoegen'}${options.dryRun ? ', proefdraai: er wordt niets geschreven' : ''})`,
  ];
  if (plan.fatal.length > 0) {
    report.push('Het bestand is niet geïmporteerd:', ...plan.fatal.map((reason) => `  - ${reason}`));
    return { plan, written: [], report, ok: false };
  }
  report.push(
    `  gelezen:       ${plan.read} ${plan.read === 1 ? 'rij' : 'rijen'} (stappen)`,
    `  geïmporteerd:  ${plan.accepted.length} ${plan.accepted.length === 1 ? 'opvolging' : 'opvolgingen'}`,
    `  al aanwezig:   ${plan.alreadyPresent.length}${plan.alreadyPresent.length > 0 ? ` (${plan.alreadyPresent.join(', ')})` : ''}`,
    `  afgewezen:     ${plan.rejected.length}`,
    ...plan.rejected.flatMap(({ id, lines, reasons }) => reasons.map((reason) => `    ${id} (rij ${lines.join(', ')}): ${reason}`)),
  );
  const ok = plan.rejected.length === 0;
  const written: string[] = [];
  if (options.replace && !ok) {
    report.push('Er is niets geschreven: verbeter eerst de afgewezen opvolgingen (met --replace wordt alleen geschreven als alles klopt).');
  } else if (!options.dryRun) {
    for (const followUp of plan.accepted) {
      const target = path.join(contentDir, followUp.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileAtomic(target, followUp.content);
      written.push(shownPath(target));
      report.push(`  ${followUp.replaces ? 'bijgewerkt' : 'aangemaakt'}: ${shownPath(target)}`);
    }
  }
  if (!ok)
    report.push(
      'Verbeter de afgewezen opvolgingen in de spreadsheet en importeer opnieuw; opvolgingen die al zijn geïmporteerd worden dan overgeslagen.',
    );
  return { plan, written, report, ok };
}
