// npm run check: validates the content folder without a build and reports every problem at once.
import { resolveBuildSettings } from '../src/config/build-context.ts';
import { runCheck } from './lib/run-check.ts';

// The same content folder, build date and card cache a build in this folder would use.
const { lines, ok } = await runCheck(resolveBuildSettings());
for (const line of lines) console.log(line);
process.exitCode = ok ? 0 : 1;
