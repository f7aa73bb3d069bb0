import { checkContent } from '../../src/check/check-content.ts';
import type { BuildSettings } from '../../src/config/build-context.ts';
import { checkImageProcessing } from '../../src/content-rules/image-processing.ts';
import { shownPath } from '../../src/messages/shown-path.ts';
import { readContentModel } from '../../src/model/content-model.ts';
import { formatCheckProblem, sortProblems, summarise } from '../../src/model/problems.ts';

/** What `npm run check` prints, line by line, and whether it found no errors (its exit code 0). */
export interface CheckRun {
  lines: string[];
  ok: boolean;
}

/**
 * The whole of `npm run check` but printing: the content folder, build date and card cache of
 * `settings`, every problem as the command prints it and the summary. The command prints these
 * lines; the broken-content corpus runs it in its own process, a hundred times without starting Node.
 */
export async function runCheck(settings: BuildSettings): Promise<CheckRun> {
  const started = performance.now();
  const model = readContentModel(settings.contentDir);
  // The images as Astro's image step will treat them, as the build's content gate does (src/integrations/content-gate.ts).
  const problems = sortProblems([
    ...checkContent(settings.contentDir, settings, model),
    ...(await checkImageProcessing(settings.contentDir, model.entries, shownPath)),
  ]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const summary = `${problems.length > 0 ? '\n' : ''}${summarise(problems)} in ${shownPath(settings.contentDir)} (${seconds} s)`;
  return { lines: [...problems.map(formatCheckProblem), summary], ok: !problems.some((problem) => problem.severity === 'error') };
}
