import { describeInvisibleCharacter } from '../content-rules/text-hygiene.ts';
import { EDITOR_COMPONENT_NAMES } from '../markdown/editor-components.ts';
import { UPLOAD_TEXT } from '../messages/upload-problems.ts';
import { isUselessAlt, USELESS_ALT_MESSAGE } from '../schemas/useless-alt.ts';
import {
  checkJsxElement,
  checkMarkdownUrl,
  MAX_NESTING,
  tooDeep,
  type JsxAttribute,
  type MarkupContext,
  type MarkupFinding,
} from '../markdown/markup-policy.ts';

/** A problem in a body the CMS is about to save, at a line of the body. */
export interface BodyProblem extends MarkupFinding {
  line: number;
  /** The start of that line, which the editor can find (its editor numbers no lines). */
  excerpt?: string;
}

/** A problem in a field of the form (the front matter), by the field's name as the check names it. */
export interface FieldProblem extends MarkupFinding {
  field: string;
}

const NAMES = EDITOR_COMPONENT_NAMES.join('|');
/**
 * A whole editor component as the CMS writes it: `<Visual … />`, or an opening tag, text and the
 * matching closing tag. A `<Quote>` that is never closed is not a component but text.
 */
const COMPONENT = new RegExp(`<(${NAMES})(\\s[^<>]*?)?\\s*/>|<(${NAMES})(\\s[^<>]*?)?\\s*>([\\s\\S]*?)</\\3\\s*>`, 'g');
const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

function parseAttributes(text: string): JsxAttribute[] {
  const attributes: JsxAttribute[] = [];
  for (const match of text.matchAll(ATTRIBUTE)) {
    const [, name = '', double, single, expression] = match;
    if (expression !== undefined) attributes.push({ name, value: { expression } });
    else attributes.push({ name, value: double ?? single ?? null });
  }
  return attributes;
}

/** Where the tags of the body's editor components are: their characters stay as written. */
function componentTags(body: string): {
  tags: [number, number][];
  components: { at: number; name: string; attributes: string; children: boolean }[];
} {
  const tags: [number, number][] = [];
  const components: { at: number; name: string; attributes: string; children: boolean }[] = [];
  for (const match of body.matchAll(COMPONENT)) {
    const at = match.index ?? 0;
    const whole = match[0];
    if (match[1]) {
      tags.push([at, at + whole.length]);
      components.push({ at, name: match[1], attributes: match[2] ?? '', children: false });
      continue;
    }
    const name = match[3] ?? '';
    const children = match[5] ?? '';
    const openEnd = whole.indexOf('>') + 1;
    const closeStart = at + whole.length - whole.slice(whole.lastIndexOf('</')).length;
    tags.push([at, at + openEnd], [closeStart, at + whole.length]);
    components.push({ at, name, attributes: match[4] ?? '', children: children.trim() !== '' });
  }
  return { tags, components };
}

/** `[text](url)` and `![alt](url)`, with an optional title after the address. */
const MARKDOWN_LINK = /(!?)\[[^\]]*\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g;

/** A reference link's definition: `[name]: address`. */
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/gm;

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** At most this many characters of a line name it in a refusal. */
const EXCERPT_LENGTH = 40;

/**
 * The start of a line of the body as the editor sees it, to find it by. Invisible characters are
 * named by their code (a direction control would otherwise turn the rest of the message around).
 */
function excerptOf(body: string, line: number): string {
  // By characters, not UTF-16 units, so an emoji is never cut in half.
  const text = [...(body.split('\n')[line - 1] ?? '').trim()];
  const start = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).join('').trimEnd()}…` : text.join('');
  return start.replace(/\p{Cf}/gu, (char) => `[U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/**
 * Makes a body the CMS saves mean what the editor typed: every `{` and `}` in the text becomes
 * `\{` and `\}`, and every `<` that is not part of one of the editor components (`<Visual>`,
 * `<Quote>`, `<Callout>`, `<Lang>`) becomes `&lt;` (a `\<` right after a typed web address would
 * be read as part of the address), so MDX reads them as text and never as code or HTML, and a line
 * that starts with `import` or `export` keeps its first letter as a character reference, so MDX
 * does not read it as a statement. Code (fenced blocks, `inline code`) stays as written, and so
 * does what is already escaped. The components themselves are held to the check's own rules
 * (src/markdown/markup-policy.ts): what they break is returned as problems, in the check's words.
 */
export function guardBody(body: string, context: MarkupContext = {}): { body: string; problems: BodyProblem[] } {
  const { tags, components } = componentTags(body);
  const problems: BodyProblem[] = components.flatMap(({ at, name, attributes, children }) =>
    checkJsxElement(name, parseAttributes(attributes), children, context).map((finding) => ({ line: lineAt(body, at), ...finding })),
  );
  // Links and images typed in the editor, against the check's list of safe addresses.
  for (const match of body.matchAll(LINK_DEFINITION)) {
    const found = checkMarkdownUrl(match[1] ?? '', 'link');
    problems.push(...found.map((finding) => ({ line: lineAt(body, match.index ?? 0), ...finding })));
  }
  for (const match of body.matchAll(MARKDOWN_LINK)) {
    const found = checkMarkdownUrl(match[2] ?? '', match[1] ? 'image' : 'link');
    problems.push(...found.map((finding) => ({ line: lineAt(body, match.index ?? 0), ...finding })));
  }
  // Direction controls and zero-width spaces pasted along from Word or a chat: the check refuses them anywhere.
  // Quotes in quotes beyond what the build can compile: the check refuses them too.
  // A note for colleagues typed as an HTML comment: saved as text it would be on the page for
  // everyone, as a comment in the page's source; refused as the check refuses it (outside code blocks).
  let inFence: string | undefined;
  body.split('\n').forEach((text, index) => {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fenceMark && (!inFence || (fenceMark[0] === inFence[0] && fenceMark.length >= inFence.length)))
      inFence = inFence ? undefined : fenceMark;
    else if (!inFence && text.includes('<!--')) problems.push({ line: index + 1, ...UPLOAD_TEXT.htmlComment });
  });
  body.split('\n').forEach((text, index) => {
    const found = describeInvisibleCharacter(text);
    if (found) problems.push({ line: index + 1, ...found });
    if ((/^(?:[ \t]*>)+/.exec(text)?.[0].split('>').length ?? 1) - 1 > MAX_NESTING) problems.push({ line: index + 1, ...tooDeep() });
  });
  for (const problem of problems) problem.excerpt = excerptOf(body, problem.line);
  let out = '';
  let fence: string | undefined;
  let tagIndex = 0;
  let index = 0;
  for (const line of body.split('\n')) {
    const start = index;
    index += line.length + 1;
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      out += `${line}\n`;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      out += `${line}\n`;
      continue;
    }
    let text = '';
    let position = 0;
    // A statement keyword at the start of a paragraph line: the first letter as a character reference.
    const statement = /^(import|export)\b/.exec(line);
    if (statement) {
      text += `&#${line.charCodeAt(0)};`;
      position = 1;
    }
    let codeRun = 0;
    while (position < line.length) {
      const absolute = start + position;
      while (tagIndex < tags.length && (tags[tagIndex]?.[1] ?? 0) <= absolute) tagIndex++;
      const tag = tags[tagIndex];
      if (tag && tag[0] <= absolute) {
        // Inside a component's tag: as written (a tag may span lines; take this line's part).
        const end = Math.min(tag[1] - start, line.length);
        text += line.slice(position, end);
        position = end;
        continue;
      }
      const char = line[position] ?? '';
      if (char === '`') {
        const run = /^`+/.exec(line.slice(position))?.[0] ?? '`';
        if (codeRun === 0) codeRun = run.length;
        else if (run.length === codeRun) codeRun = 0;
        text += run;
        position += run.length;
        continue;
      }
      if (codeRun === 0 && char === '\\' && position + 1 < line.length) {
        text += line.slice(position, position + 2);
        position += 2;
        continue;
      }
      text += codeRun === 0 && (char === '{' || char === '}') ? `\\${char}` : codeRun === 0 && char === '<' ? '&lt;' : char;
      position++;
    }
    out += `${text}\n`;
  }
  return { body: out.slice(0, -1), problems };
}

/**
 * The form's text fields (title, summary, alt text, …; nested ones as `hero.alt`) held to the
 * check's rules that the CMS's own field rules (required, length, pattern) cannot express:
 * invisible characters anywhere, and alt text that names no content.
 */
export function guardFields(values: Record<string, unknown>, prefix = ''): FieldProblem[] {
  return Object.entries(values).flatMap(([key, value]): FieldProblem[] => {
    const field = prefix ? `${prefix}.${key}` : key;
    if (key === 'body' && !prefix) return [];
    if (typeof value === 'string') {
      const found = describeInvisibleCharacter(value);
      if (found) return [{ field, ...found }];
      // The schema's rule on alt text that the CMS's length limits cannot say: a file name or "foto".
      if (key === 'alt' && isUselessAlt(value))
        return [{ field, message: USELESS_ALT_MESSAGE, fix: 'beschrijf in een zin wat er op de afbeelding te zien is' }];
      return [];
    }
    if (value && typeof value === 'object') return guardFields(value as Record<string, unknown>, field);
    return [];
  });
}

/**
 * The problems as the CMS shows them when it refuses to save, one paragraph each, in the check's
 * words: a field by the label the form shows (`labelOf`), a place in the body by the start of its
 * line, since the editor numbers no lines.
 */
export function describeProblems(
  problems: readonly (BodyProblem | FieldProblem)[],
  labelOf: (field: string) => string = (field) => field,
): string {
  const lines = problems.map(
    (problem) =>
      `${'field' in problem ? `Veld "${labelOf(problem.field)}"` : `Tekst, in de regel die begint met "${problem.excerpt ?? ''}"`}: ${problem.message} → oplossing: ${problem.fix}`,
  );
  const count = problems.length === 1 ? 'een fout' : `${problems.length} fouten`;
  // Said as the guide says it: the site's check (npm run check, and the check on every proposed change).
  return `Niet opgeslagen: de controle van de site vindt ${count} (dezelfde melding als bij npm run check).\n\n${lines.join('\n\n')}`;
}
