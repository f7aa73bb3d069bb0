/**
 * The CMS's own file formats for Markdown and MDX entries (src/cms/front-matter-format.ts), by
 * name as the configuration names them, with their extension.
 */
export const ENTRY_FORMATS = { 'oogst-md': 'md', 'oogst-mdx': 'mdx' } as const;

export const entryFormatOf = (extension: 'md' | 'mdx') => `oogst-${extension}` as const;
