import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localModules } from '../../src/config/code-fingerprint.ts';

/** A static import of a package (not a relative file). */
const PACKAGE_IMPORT = /\bfrom\s+'([^.'][^']*)'/g;

/**
 * Packages a build must not load before it starts: `astro/config` brings Astro's SVG optimiser
 * (svgo, csso, css-tree: about 350 modules) for an identity function, and the font-subsetting
 * libraries are needed only when the CMS bundle is made, not when it comes from the cache.
 */
const ONLY_WHEN_NEEDED = ['astro/config', 'harfbuzzjs', 'subset-font', 'fontverter'];

describe('what every build loads when it reads astro.config.mjs', () => {
  const modules = localModules(path.resolve('astro.config.mjs'));

  it('follows the configuration into its modules (the list is not blind)', () => {
    expect(modules.length).toBeGreaterThan(100);
    expect(modules).toContain(path.resolve('src/cms/admin-bundle.ts'));
  });

  it('imports no package that only some builds need', () => {
    const found = modules.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(PACKAGE_IMPORT)]
        .map((match) => match[1]!)
        .filter((name) => ONLY_WHEN_NEEDED.includes(name))
        .map((name) => `${path.relative(process.cwd(), file)}: ${name}`),
    );
    expect(found).toEqual([]);
  });
});
