// Plain JavaScript with a JSDoc type: astro.config.mjs and src/data/urls.ts both read it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { getContentDir } from './content-dir.ts';

/** The `baseUrl` of the content folder's site.yaml, or a local address when it cannot be read (the content loader reports why). */
export function readSiteUrl() {
  const file = path.join(getContentDir(), 'site.yaml');
  try {
    const data = /** @type {{ baseUrl?: unknown }} */ (yaml.load(readFileSync(file, 'utf8')));
    if (typeof data?.baseUrl === 'string' && /^https?:\/\//.test(data.baseUrl)) return data.baseUrl.replace(/\/+$/, '');
  } catch {
    // The content collection loader reads the same file and gives the editor a precise error.
  }
  return 'http://localhost:4321';
}
