import { COLLECTION_NAMES, COLLECTION_TABLE, type CollectionName } from '../collections/collection-table.ts';
import type { ContentModel } from './content-model.ts';

/**
 * The collections that hold at least one entry the content layer stores (the model loader stores
 * entries whose schema passed, and every CSV row). Astro warns for every `getCollection` of a
 * collection without entries, and a valid site may have no sources or follow-ups.
 */
export function filledCollections(model: ContentModel): CollectionName[] {
  return COLLECTION_NAMES.filter((collection) => {
    const table = COLLECTION_TABLE[collection];
    if (table.kind === 'csv') return (collection === 'tables' ? model.tables : model.ideas).rows.length > 0;
    return model.entries.some((entry) => entry.collection === collection && entry.data !== undefined);
  });
}
