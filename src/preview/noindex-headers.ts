/** The header that keeps every file of a preview build out of search engines, pages and files alike. */
export const NOINDEX_HEADER = ['X-Robots-Tag', 'noindex'] as const;

/** `_headers` with the noindex header on its first rule, `/*` (or the base path's), which matches every path. */
export function addNoindexToHeadersFile(headersFile: string): string {
  const lines = headersFile.split('\n');
  const all = lines.findIndex((line) => /^\S*\/\*$/.test(line));
  if (all < 0) throw new Error('_headers heeft geen regel voor alle paden (/*)');
  lines.splice(all + 1, 0, `  ${NOINDEX_HEADER[0]}: ${NOINDEX_HEADER[1]}`);
  return lines.join('\n');
}

/** The nginx snippet with the noindex header beside the other server-wide headers. */
export function addNoindexToNginxConf(conf: string): string {
  return `${conf}add_header ${NOINDEX_HEADER[0]} "${NOINDEX_HEADER[1]}" always;\n`;
}
