// npm run check: validates the content folder without a build and reports every problem at once.
import { getContentDir } from '../src/config/content-dir.ts';
import { checkContent } from '../src/check/check-content.ts';
import { shownPath } from '../src/model/content-files.ts';
import { formatCheckProblem, summarise } from '../src/model/problems.ts';

const contentDir = getContentDir();
const started = performance.now();
const problems = checkContent(contentDir);
for (const problem of problems) console.log(formatCheckProblem(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${problems.length > 0 ? '\n' : ''}${summarise(problems)} in ${shownPath(contentDir)} (${seconds} s)`);
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;
