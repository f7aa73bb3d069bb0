import type { ContentEntry } from '../collections/content-entry.ts';

/** What the upload rules read: the entries as the content model loaded them (src/collections/content-entry.ts). */
export type RuleEntry = Omit<ContentEntry, 'images'>;

/** Everything the upload rules need of a content folder. */
export interface RuleInput {
  contentDir: string;
  entries: readonly RuleEntry[];
  /** Turns a path into the one shown to editors. */
  shown: (file: string) => string;
}
