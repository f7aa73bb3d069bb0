/**
 * The one slug rule: a file name (and so a URL) from a title, lower case ASCII with hyphens and
 * at most 60 characters cut at a word. `npm run new`, the imports and the bench all name files by it.
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '');
}
