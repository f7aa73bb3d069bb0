/**
 * What the upload rules read: the entries as the content reader loaded them (front matter as
 * written and its text, the body and its first line). Structural, so the reader can move
 * without these rules changing.
 */
export interface RuleEntry {
  collection: string;
  id: string;
  /** Path shown to editors. */
  file: string;
  absoluteFile: string;
  /** Front matter as written (before the schema). */
  raw: Record<string, unknown> | undefined;
  /** Front matter after the schema, when it passed. */
  data: Record<string, unknown> | undefined;
  yamlText: string;
  /** File line before the first YAML line. */
  lineOffset: number;
  body: string;
  bodyLine: number;
}

/** Everything the upload rules need of a content folder. */
export interface RuleInput {
  contentDir: string;
  entries: readonly RuleEntry[];
  /** Turns a path into the one shown to editors. */
  shown: (file: string) => string;
}
