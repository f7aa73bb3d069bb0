import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

/** The public address of the default site (baseUrl in content/site.yaml), without a trailing slash. */
export const DEFAULT_SITE_URL = (yaml.load(readFileSync(path.resolve('content/site.yaml'), 'utf8')) as { baseUrl: string }).baseUrl.replace(
  /\/+$/,
  '',
);
