import { withBase, basePathOf } from '../data/urls.ts';
import type { ContentModel } from '../model/content-model.ts';
import { isDraftEntry } from '../preview/draft-routes.ts';
import { CMS_FOLDER_COLLECTIONS } from './cms-collections.ts';
import type { PublishedPages } from './published-pages-file.ts';

/**
 * The pages of CMS entries that the published build of this content makes: every entry of a
 * collection with a public page, drafts left out. Sveltia's "Bekijken op de live site" builds its
 * address from site_url and preview_path for any entry, also a new story that only exists as a
 * draft or in an unmerged change; the CMS opens only these (a deploy preview's address is not
 * the live site, so it always opens).
 */
export function publishedPages(model: ContentModel, siteUrl: string): PublishedPages {
  const basePath = basePathOf(siteUrl);
  const paths = new Set<string>();
  for (const collection of CMS_FOLDER_COLLECTIONS) {
    const template = collection.previewPath;
    if (!template) continue;
    if (!template.includes('{{slug}}')) {
      paths.add(withBase(template, basePath));
      continue;
    }
    for (const entry of model.entries)
      if (entry.collection === collection.name && !isDraftEntry(entry))
        paths.add(withBase(template.replace('{{slug}}', entry.id), basePath));
  }
  return { siteUrl, paths: [...paths].sort() };
}
