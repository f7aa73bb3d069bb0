import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EARL_FILE, summariseEarl, type EarlSummary } from '../accessibility/earl.ts';
import { buildContext } from 'virtual:oogst/build-context';

/** The axe report `npm run a11y:report` wrote into the content folder, as published and as summarised. */
export interface AxeEvidence {
  text: string;
  summary: EarlSummary;
}

/** The report, or undefined when none was written; a file that is not such a report stops the build. */
export function getAxeEvidence(contentDir = buildContext.contentDir): AxeEvidence | undefined {
  const file = path.join(contentDir, EARL_FILE);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  let summary: EarlSummary | undefined;
  try {
    summary = summariseEarl(JSON.parse(text));
  } catch {
    summary = undefined;
  }
  if (!summary)
    throw new Error(
      `${path.relative(process.cwd(), file)} is geen rapport van npm run a11y:report; maak het opnieuw met npm run build && npm run a11y:report, of verwijder het`,
    );
  return { text, summary };
}
