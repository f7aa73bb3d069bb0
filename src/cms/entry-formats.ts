/**
 * The CMS's own file formats for Markdown and MDX entries (src/cms/front-matter-format.ts), by
 * name as the configuration names them, with their extension.
 */
export const ENTRY_FORMATS = { 'oogst-md': 'md', 'oogst-mdx': 'mdx' } as const;

export const entryFormatOf = (extension: 'md' | 'mdx') => `oogst-${extension}` as const;

/** The CMS's format of the site settings (site.yaml): a YAML file whose comments and unchanged lines stay. */
export const SETTINGS_FORMAT = { name: 'oogst-yaml', extension: 'yaml' } as const;
