/**
 * The headers a Netlify- or Cloudflare-style host sends for a path from a `_headers` file: every
 * rule whose path matches (exactly, or as a prefix ending in `*`), a header named by several rules
 * joined with ", " as those hosts do. Lets the browser tests serve dist/ with its real policies.
 */
export function headersFromFile(text: string): (urlPath: string) => Record<string, string> {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return (urlPath) => {
    const result: Record<string, string> = {};
    for (const rule of rules) {
      const matches = rule.pattern.endsWith('*') ? urlPath.startsWith(rule.pattern.slice(0, -1)) : rule.pattern === urlPath;
      if (!matches) continue;
      for (const [name, value] of rule.headers) result[name] = result[name] ? `${result[name]}, ${value}` : value;
    }
    return result;
  };
}
