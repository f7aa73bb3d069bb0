/**
 * One Markdown/MDX or YAML entry of a collection as the content model reads it from disk
 * (src/model/load-content.ts), validated or not: what the check, the upload rules, the card
 * plan and the content layer's loader all read.
 */
export interface ContentEntry<C extends string = string> {
  collection: C;
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
  /** The values the schema's `image()` accepted (a story's hero), which the content layer turns into image imports. */
  images: string[];
}
