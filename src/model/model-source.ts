import { readContentModel, type ContentModel } from './content-model.ts';

/** The content model of one build: read when first needed, read again only after `forget` (a change in the dev server). */
export interface ModelSource {
  get(): ContentModel;
  forget(): void;
}

/** The one reading of the content folder per build that the check, the card plan and the collections share. */
export function contentModelSource(contentDir: () => string): ModelSource {
  let model: ContentModel | undefined;
  return {
    get: () => (model ??= readContentModel(contentDir())),
    forget: () => void (model = undefined),
  };
}
