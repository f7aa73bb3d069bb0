// npm run import -- tables|ideas <bestand.csv> [--replace] [--dry-run]: imports a spreadsheet export.
import { existsSync } from 'node:fs';
import { getContentDir } from '../src/config/content-dir.ts';
import { runImport } from './lib/run-import.ts';

const USAGE = `Gebruik: npm run import -- tables|ideas <bestand.csv> [--replace] [--dry-run]
  zonder --replace: nieuwe rijen worden toegevoegd; rijen die er al staan blijven staan
  --replace:        het bestand bevat daarna precies de geïmporteerde rijen
  --dry-run:        alleen controleren en rapporteren, niets schrijven`;

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('--')));
const [collection, source, ...extra] = args.filter((arg) => !arg.startsWith('--'));
const unknownFlags = [...flags].filter((flag) => !['--replace', '--dry-run', '--help'].includes(flag));
if (flags.has('--help') || (collection !== 'tables' && collection !== 'ideas') || !source || extra.length > 0 || unknownFlags.length > 0) {
  if (unknownFlags.length > 0) console.error(`FOUT: onbekende optie ${unknownFlags.join(', ')}`);
  console.error(USAGE);
  process.exit(flags.has('--help') ? 0 : 1);
}
if (!existsSync(source)) {
  console.error(`FOUT: het bestand ${source} bestaat niet`);
  process.exit(1);
}
const result = runImport(collection, source, getContentDir(), { replace: flags.has('--replace'), dryRun: flags.has('--dry-run') });
for (const line of result.report) console.log(line);
process.exitCode = result.ok ? 0 : 1;
