// Writes the CMS configuration of the content folder (OOGST_CONTENT_DIR, default content/) to
// src/cms/default-config.yml, the reviewed copy the tests compare with. The build writes its own
// into dist/admin/config.yml; nobody edits either by hand.
import { writeFileSync } from 'node:fs';
import { buildCmsConfig, renderCmsConfig } from '../src/cms/cms-config.ts';
import { cmsInput } from '../src/cms/read-cms-input.ts';
import { readContentModel, siteSettingsOf } from '../src/model/content-model.ts';
import { resolveContentDir } from '../src/config/build-context.ts';

const out = process.argv[2] ?? 'src/cms/default-config.yml';
const contentDir = resolveContentDir();
const site = siteSettingsOf(readContentModel(contentDir));
writeFileSync(out, renderCmsConfig(buildCmsConfig(cmsInput(site, contentDir, process.cwd()))));
console.log(`CMS-configuratie geschreven naar ${out}`);
