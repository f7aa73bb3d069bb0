// Lets Node 24 run the TypeScript in scripts/ and src/ directly, without a bundler or a new
// dependency: Node strips the types itself, and this hook adds the `.ts` that src/ modules
// leave off their relative imports (Vite and Astro resolve those; plain Node does not).
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

const RELATIVE = /^\.\.?\//;
const HAS_EXTENSION = /\.[a-z]+$/i;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (RELATIVE.test(specifier) && !HAS_EXTENSION.test(specifier) && context.parentURL?.endsWith('.ts')) {
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        const url = new URL(candidate, context.parentURL);
        if (existsSync(fileURLToPath(url))) return nextResolve(candidate, context);
      }
    }
    return nextResolve(specifier, context);
  },
});
