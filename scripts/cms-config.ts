// Writes the CMS configuration of the content folder (OOGST_CONTENT_DIR, default content/) to
// src/cms/default-config.yml, the reviewed copy the tests compare with. The build writes its own
// into dist/admin/config.yml; nobody edits either by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { buildCmsConfig, renderCmsConfig } from '../src/cms/cms-config.ts';
import { getContentDir } from '../src/config/content-dir.ts';
import { contentPathInRepository } from '../src/cms/content-path.ts';
import { siteSchema } from '../src/schemas/site.ts';

const contentDir = getContentDir();
const site = siteSchema.parse(yaml.load(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')));
const out = process.argv[2] ?? 'src/cms/default-config.yml';
writeFileSync(out, renderCmsConfig(buildCmsConfig({ site, contentPath: contentPathInRepository(contentDir, process.cwd()) })));
console.log(`CMS-configuratie geschreven naar ${out}`);
