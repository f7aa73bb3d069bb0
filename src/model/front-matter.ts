import yaml from 'js-yaml';

/** A Markdown or MDX file split into its YAML front matter and its body. */
export interface FrontMatterFile {
  /** The parsed front matter (an object), or undefined when it could not be read. */
  data: Record<string, unknown> | undefined;
  /** Why the front matter could not be read, with the 1-based line of the file. */
  error?: { line: number | undefined; message: string };
  /** The YAML text between the `---` lines. */
  yamlText: string;
  /** The body after the closing `---`. */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

const OPENING = /^\uFEFF?---\r?\n/;

/** Splits and parses front matter; never throws, so every file can be reported at once. */
export function readFrontMatter(text: string): FrontMatterFile {
  const opening = OPENING.exec(text);
  if (!opening) {
    return {
      data: undefined,
      error: { line: 1, message: 'het bestand begint niet met front matter tussen twee regels "---"' },
      yamlText: '',
      body: text,
      bodyLine: 1,
    };
  }
  const rest = text.slice(opening[0].length);
  const closing = /^---[ \t]*$/m.exec(rest);
  if (!closing) {
    return {
      data: undefined,
      error: { line: 1, message: 'de front matter wordt niet afgesloten met een regel "---"' },
      yamlText: rest,
      body: '',
      bodyLine: 1,
    };
  }
  const yamlText = rest.slice(0, closing.index);
  const yamlLines = yamlText.split('\n').length - 1;
  const body = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  const bodyLine = yamlLines + 3;
  return { ...parseYamlObject(yamlText, 1), yamlText, body, bodyLine };
}

/** Parses YAML that must be a mapping; `lineOffset` is the file line before the first YAML line. */
export function parseYamlObject(yamlText: string, lineOffset = 0): Pick<FrontMatterFile, 'data' | 'error'> {
  try {
    const data = yaml.load(yamlText) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      return {
        data: undefined,
        error: { line: lineOffset + 1, message: 'de gegevens moeten velden zijn ("naam: waarde"), geen losse tekst of lijst' },
      };
    }
    return { data: data as Record<string, unknown> };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      data: undefined,
      error: {
        line: mark?.line === undefined ? undefined : lineOffset + mark.line + 1,
        message: `de YAML kan niet worden gelezen (${reason}); let op inspringing, dubbele punten en aanhalingstekens`,
      },
    };
  }
}

export { findFieldLine } from '../messages/yaml-lines.ts';
