import path from 'node:path';

/** The content folder as the CMS sees it: relative to the repository (the project folder), with forward slashes. */
export function contentPathInRepository(contentDir: string, root: string): string {
  return path.relative(root, contentDir).split(path.sep).join('/') || '.';
}
