import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

/** The YAML front matter of a Markdown/MDX fixture, parsed as Astro's glob loader does. */
export function readFrontMatter(file: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file} has no front matter`);
  return yaml.load(match[1] ?? '');
}
