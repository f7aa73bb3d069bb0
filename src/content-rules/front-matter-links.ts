import { isUnsafeUrl } from '../markdown/safe-content.ts';
import { error, type CheckProblem } from '../messages/content-problems.ts';
import { UPLOAD_TEXT } from '../messages/upload-problems.ts';
import type { RuleEntry } from './types.ts';

/** A link written in front matter or a YAML file, shaped like a link in a body so the same checks run on it. */
export interface FieldLink {
  href: string;
  text: string;
  line: number;
  field: string;
}

/** Fields that hold an address by their name: url, baseUrl, href, link … */
const URL_FIELD = /(^|[a-z])(url|href|link)$/i;
/** A value that is an address by its form: a scheme and no spaces ("javascript:…", "https://…"). */
const HAS_SCHEME = /^\s*[a-z][a-z0-9+.-]*:\S*$/i;

/**
 * Every address in an entry's front matter (or a YAML file): fields named as links (a follow-up
 * step's `source.url`, site.yaml's `baseUrl`) and any value with a scheme. They join the body's
 * links, so one allow-list of schemes and one check of internal targets (and of drafts) hold
 * for every link form.
 */
export function frontMatterLinks(entry: RuleEntry): FieldLink[] {
  const lines = entry.yamlText.split('\n');
  const lineOf = (value: string) => {
    const index = lines.findIndex((line) => line.includes(value));
    return entry.lineOffset + (index < 0 ? 1 : index + 1);
  };
  const links: FieldLink[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string') {
      const key = path.filter((part) => !/^\d+$/.test(part)).at(-1) ?? '';
      if ((URL_FIELD.test(key) && value.trim() !== '' && !/\s/.test(value.trim())) || HAS_SCHEME.test(value))
        links.push({ href: value.trim(), text: value.trim(), line: lineOf(value.trim()), field: path.join('.') });
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, String(index)]));
    else if (value && typeof value === 'object' && !(value instanceof Date))
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(entry.raw, []);
  return links;
}

/** Addresses in front matter whose scheme is not on the allow-list (src/markdown/safe-content.ts): javascript:, data:, file: … */
export function checkFrontMatterSchemes(entry: RuleEntry): CheckProblem[] {
  return frontMatterLinks(entry)
    .filter((link) => isUnsafeUrl(link.href))
    .map((link) =>
      error({ file: entry.file, line: link.line, field: link.field, ...UPLOAD_TEXT.unsafeUrl(link.href), rule: 'url-scheme' }),
    );
}
