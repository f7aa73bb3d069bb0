import path from 'node:path';

/** A path as shown to editors: relative to the working directory, with forward slashes. */
export const shownPath = (file: string) => (path.relative(process.cwd(), file) || file).split(path.sep).join('/');
