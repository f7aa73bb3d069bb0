// npm run check: validates the content folder without a build and reports every problem at once.
import { checkContent } from '../src/check/check-content.ts';
import { checkImageProcessing } from '../src/content-rules/image-processing.ts';
import { readContentModel } from '../src/model/content-model.ts';
import { resolveBuildSettings } from '../src/config/build-context.ts';
import { shownPath } from '../src/model/content-files.ts';
import { formatCheckProblem, sortProblems, summarise } from '../src/model/problems.ts';

// The same content folder, build date and card cache a build in this folder would use.
const settings = resolveBuildSettings();
const started = performance.now();
const model = readContentModel(settings.contentDir);
// The images as Astro's image step will treat them, as the build's content gate does (src/integrations/content-gate.ts).
const problems = sortProblems([
  ...checkContent(settings.contentDir, settings, model),
  ...(await checkImageProcessing(settings.contentDir, model.entries, shownPath)),
]);
for (const problem of problems) console.log(formatCheckProblem(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${problems.length > 0 ? '\n' : ''}${summarise(problems)} in ${shownPath(settings.contentDir)} (${seconds} s)`);
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;
