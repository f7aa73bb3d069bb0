// npm run new -- <soort> "<titel>": makes a new content file with every required field.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveContentDir } from '../src/config/build-context.ts';
import { shownPath } from '../src/model/content-files.ts';
import { planScaffold, SCAFFOLD_ALIASES, SCAFFOLD_KINDS } from './lib/scaffold.ts';

const USAGE = `Gebruik: npm run new -- <soort> "<titel>"
Soorten: ${Object.keys(SCAFFOLD_KINDS).join(', ')} (of in het Nederlands: ${Object.keys(SCAFFOLD_ALIASES).join(', ')})
Voorbeeld: npm run new -- story "Samen koken in de wijk"`;

const [kind, ...titleParts] = process.argv.slice(2);
const title = titleParts.join(' ');
if (!kind || !title || kind === '--help') {
  console.error(USAGE);
  process.exit(kind === '--help' ? 0 : 1);
}

const contentDir = resolveContentDir();
const plan = planScaffold(kind, title, contentDir);
if ('error' in plan) {
  console.error(`FOUT: ${plan.error}`);
  process.exit(1);
}
for (const file of plan.files) {
  const target = path.join(contentDir, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  // 'wx' refuses to overwrite, even if the file appeared since the plan was made.
  writeFileSync(target, file.content, { flag: 'wx' });
  console.log(`Aangemaakt: ${shownPath(target)}`);
}
console.log(`
Volgende stappen:
  1. Vervang elke tekst die met VERVANG begint (npm run check wijst ze aan).
  2. Bekijk het resultaat met npm run dev.${kind === 'story' ? '\n  3. Het verhaal is een concept (draft: true); zet draft: false om het te publiceren.' : ''}
Meer uitleg: docs/redactie.md`);
