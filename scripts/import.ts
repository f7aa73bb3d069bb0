// npm run import -- tables|ideas|opvolging <bestand.csv> [--replace] [--dry-run]: imports a spreadsheet export.
import { existsSync } from 'node:fs';
import { resolveContentDir } from '../src/config/build-context.ts';
import { runFollowUpImport } from './lib/run-followup-import.ts';
import { runImport } from './lib/run-import.ts';

const USAGE = `Gebruik: npm run import -- tables|ideas|opvolging <bestand.csv> [--replace] [--dry-run]
  zonder --replace: nieuwe rijen worden toegevoegd; rijen die er al staan blijven staan
  --replace:        het bestand bevat daarna precies de geïmporteerde rijen
                    (opvolging: de gegevens van bestaande opvolgingen worden vervangen, hun tekst blijft)
  --dry-run:        alleen controleren en rapporteren, niets schrijven
  opvolging:        één rij per stap; de kolommen staan in docs/redactie.md`;
const FOLLOW_UPS = new Set(['opvolging', 'followups']);

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('--')));
const [collection, source, ...extra] = args.filter((arg) => !arg.startsWith('--'));
const unknownFlags = [...flags].filter((flag) => !['--replace', '--dry-run', '--help'].includes(flag));
if (
  flags.has('--help') ||
  (collection !== 'tables' && collection !== 'ideas' && !FOLLOW_UPS.has(collection ?? '')) ||
  !source ||
  extra.length > 0 ||
  unknownFlags.length > 0
) {
  if (unknownFlags.length > 0) console.error(`FOUT: onbekende optie ${unknownFlags.join(', ')}`);
  console.error(USAGE);
  process.exit(flags.has('--help') ? 0 : 1);
}
if (!existsSync(source)) {
  console.error(`FOUT: het bestand ${source} bestaat niet`);
  process.exit(1);
}
const options = { replace: flags.has('--replace'), dryRun: flags.has('--dry-run') };
const result = FOLLOW_UPS.has(collection ?? '')
  ? runFollowUpImport(source, resolveContentDir(), options)
  : runImport(collection as 'tables' | 'ideas', source, resolveContentDir(), options);
for (const line of result.report) console.log(line);
process.exitCode = result.ok ? 0 : 1;
