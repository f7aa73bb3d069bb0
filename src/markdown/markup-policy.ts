/**
 * What markup content may hold. Content comes from editors (and through them from mails and
 * documents), so MDX in content is Markdown plus the editor components, never a program:
 * everything is allowed by name, anything else is refused with a fix in Dutch. The same
 * rules run in `npm run check`, before every build and inside the MDX compiler.
 */
import { EDITOR_COMPONENTS, EDITOR_COMPONENT_NAMES, type EditorAttribute } from './editor-components.ts';
import { GLOBAL_ATTRIBUTES, HTML_ELEMENTS } from './html-elements.ts';
import { isUnsafeUrl } from './safe-content.ts';

/** One thing a piece of markup may not hold, with how to fix it. */
export interface MarkupFinding {
  message: string;
  fix: string;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

const ALLOWED_ELEMENTS_TEXT = Object.keys(HTML_ELEMENTS).join(', ');
const COMPONENTS_TEXT = EDITOR_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ');

/** True when an HTML element may appear in content. */
export function isAllowedElement(name: string): boolean {
  return Object.hasOwn(HTML_ELEMENTS, name.toLowerCase());
}

/** Checks an HTML element (raw HTML in Markdown, a lowercase tag in MDX) and its attribute values. */
export function checkHtmlElement(name: string, attributes: Readonly<Record<string, string | null>>): MarkupFinding[] {
  const tag = name.toLowerCase();
  if (!isAllowedElement(tag)) {
    return [
      {
        message: `het element <${name}> is niet toegestaan in de inhoud`,
        fix: `gebruik Markdown of een van deze elementen: ${ALLOWED_ELEMENTS_TEXT}; vraag een ontwikkelaar als je iets anders nodig hebt`,
      },
    ];
  }
  const allowed = new Set([...GLOBAL_ATTRIBUTES, ...(HTML_ELEMENTS[tag] ?? [])]);
  const findings: MarkupFinding[] = [];
  for (const [attribute, value] of Object.entries(attributes)) {
    const key = attribute.toLowerCase();
    if (key.includes(':')) {
      findings.push(directiveFinding(attribute, tag));
    } else if (/^on/.test(key)) {
      findings.push({ message: `het attribuut ${attribute} op <${tag}> voert code uit`, fix: 'haal het attribuut weg' });
    } else if (!allowed.has(key)) {
      findings.push({
        message: `het attribuut ${attribute} is niet toegestaan op <${tag}>`,
        fix: `haal het weg; op <${tag}> mogen: ${[...allowed].join(', ')}`,
      });
    } else if (value !== null && URL_ATTRIBUTES.has(key) && isUnsafeUrl(value, key)) {
      findings.push(unsafeUrlFinding(value, `${attribute} op <${tag}>`));
    } else if (key === 'target' && value !== '_blank') {
      findings.push({ message: `target="${value ?? ''}" op <${tag}> is niet toegestaan`, fix: 'gebruik target="_blank" of laat het weg' });
    }
  }
  return findings;
}

/**
 * How deep text may nest (quotes in quotes, lists in lists, tags in tags). Real texts stay under
 * 15; thousands of levels pass the parser but crash the build's compiler with a segmentation fault.
 */
export const MAX_NESTING = 50;

/** A text nested deeper than MAX_NESTING. */
export const tooDeep = (): MarkupFinding => ({
  message: `de tekst is hier meer dan ${MAX_NESTING} lagen diep genest (citaten, lijsten of tags in elkaar); zo diep kan de site een tekst niet maken`,
  fix: 'haal de extra > of inspringingen of tags weg: een citaat of lijst in een citaat is genoeg',
});

/** A link or image URL in Markdown syntax. */
export function checkMarkdownUrl(url: string, kind: 'link' | 'image'): MarkupFinding[] {
  return isUnsafeUrl(url, kind === 'image' ? 'src' : 'href') ? [unsafeUrlFinding(url, kind === 'image' ? 'afbeelding' : 'link')] : [];
}

function unsafeUrlFinding(value: string, where: string): MarkupFinding {
  return {
    message: `het adres "${value.slice(0, 60)}" (${where}) is niet veilig`,
    fix: 'gebruik een adres dat begint met https://, mailto:, tel: of /',
  };
}

function directiveFinding(attribute: string, where: string): MarkupFinding {
  return {
    message: `${attribute} op <${where}> is een instructie voor de code van de site en mag niet in de inhoud staan`,
    fix: 'haal het attribuut weg; schrijf de tekst zelf op de pagina',
  };
}

/** The value of an MDX JSX attribute: a string, null for a bare name, or an expression. */
export type JsxAttributeValue = string | null | { expression: string };

/** One attribute of an MDX JSX element; `spread` for `{...props}`. */
export type JsxAttribute = { name: string; value: JsxAttributeValue } | { spread: string };

/**
 * The value of a literal written as an expression (`{"tekst"}`, `{3}`, `{true}`), or undefined
 * when the expression is anything else: variables, calls and operators are code.
 */
export function literalValue(expression: string): string | number | boolean | undefined {
  const text = expression.trim();
  if (/^"(?:[^"\\\n]|\\.)*"$/.test(text)) return JSON.parse(text) as string;
  if (/^'(?:[^'\\\n]|\\.)*'$/.test(text)) return JSON.parse(`"${text.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string;
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return undefined;
}

/** True when an expression holds nothing but comments: `{/* note *\/}` is how MDX writes a comment. */
export function isCommentOnly(expression: string): boolean {
  let rest = expression;
  for (;;) {
    const trimmed = rest.trimStart();
    if (trimmed === '') return true;
    if (trimmed.startsWith('/*')) {
      const end = trimmed.indexOf('*/', 2);
      if (end < 0) return false;
      rest = trimmed.slice(end + 2);
    } else if (trimmed.startsWith('//')) {
      const end = trimmed.indexOf('\n');
      rest = end < 0 ? '' : trimmed.slice(end + 1);
    } else {
      return false;
    }
  }
}

/** An `{…}` in the text of MDX content: only a comment is allowed. */
export function checkExpression(expression: string): MarkupFinding[] {
  if (isCommentOnly(expression)) return [];
  return [
    {
      message: `{${expression.trim().slice(0, 40)}} is code; de inhoud mag geen code bevatten`,
      fix: 'schrijf de tekst zelf; wil je accolades tonen, schrijf dan \\{ en \\}; een notitie schrijf je als {/* notitie */}',
    },
  ];
}

/** An `import` or `export` statement in MDX content. */
export function checkEsm(statement: string): MarkupFinding[] {
  const first = statement.trim().split(/\s+/)[0] ?? 'import';
  return [
    {
      message: `"${first} …" laadt of maakt code; de inhoud mag geen code bevatten`,
      fix: `haal de regel weg; de onderdelen ${COMPONENTS_TEXT} kun je zonder import gebruiken`,
    },
  ];
}

/** Plain attribute values of an element, or findings for values that are code. */
function literalAttributes(
  name: string,
  attributes: readonly JsxAttribute[],
): { values: Record<string, string | null>; findings: MarkupFinding[] } {
  const values: Record<string, string | null> = {};
  const findings: MarkupFinding[] = [];
  for (const attribute of attributes) {
    if ('spread' in attribute) {
      findings.push({
        message: `{${attribute.spread.trim().slice(0, 40)}} op <${name}> is code`,
        fix: 'schrijf elk attribuut uit als naam="waarde"',
      });
      continue;
    }
    if (attribute.name.includes(':')) {
      findings.push(directiveFinding(attribute.name, name));
      continue;
    }
    const { value } = attribute;
    if (value === null || typeof value === 'string') {
      values[attribute.name] = value;
      continue;
    }
    const literal = literalValue(value.expression);
    if (literal === undefined) {
      findings.push({
        message: `${attribute.name}={${value.expression.trim().slice(0, 40)}} op <${name}> is code`,
        fix: `schrijf een vaste waarde tussen aanhalingstekens: ${attribute.name}="…"`,
      });
    } else if (literal !== false) {
      // {false} leaves the attribute out, as JSX does; {true} is the bare attribute.
      values[attribute.name] = literal === true ? null : String(literal);
    }
  }
  return { values, findings };
}

/** What the code of the site knows of the content, to check references in components. */
export interface MarkupContext {
  /** Slugs of the visuals; undefined when unknown (the reference is then not checked). */
  visuals?: ReadonlySet<string> | undefined;
}

/** An MDX JSX element: an editor component or an allowed HTML element, with literal attributes only. */
export function checkJsxElement(
  name: string | null,
  attributes: readonly JsxAttribute[],
  hasChildren: boolean,
  context: MarkupContext = {},
): MarkupFinding[] {
  if (name === null || name === '') {
    return [{ message: 'een leeg element <>…</> is niet toegestaan', fix: 'haal <> en </> weg' }];
  }
  if (!/^[a-z]/.test(name)) return checkComponent(name, attributes, hasChildren, context);
  const { values, findings } = literalAttributes(name, attributes);
  return [...findings, ...checkHtmlElement(name, values)];
}

function checkComponent(name: string, attributes: readonly JsxAttribute[], hasChildren: boolean, context: MarkupContext): MarkupFinding[] {
  if (!Object.hasOwn(EDITOR_COMPONENTS, name)) {
    return [
      {
        message: `het onderdeel <${name}> bestaat niet voor de inhoud`,
        fix: `gebruik een van deze onderdelen: ${COMPONENTS_TEXT} (docs/redactie.md legt ze uit)`,
      },
    ];
  }
  const component = EDITOR_COMPONENTS[name as keyof typeof EDITOR_COMPONENTS];
  const specs: Readonly<Record<string, EditorAttribute>> = component.attributes;
  const { values, findings } = literalAttributes(name, attributes);
  for (const [attribute, value] of Object.entries(values)) {
    const spec = specs[attribute];
    if (!spec) {
      const known = Object.keys(specs);
      findings.push({
        message: `<${name}> kent het attribuut ${attribute} niet`,
        fix: known.length > 0 ? `gebruik ${known.join(', ')}` : 'haal het weg',
      });
      continue;
    }
    findings.push(...checkComponentValue(name, attribute, value, spec, context));
  }
  for (const [attribute, spec] of Object.entries(specs)) {
    if (spec.required && !(attribute in values))
      findings.push({ message: `<${name}> mist het attribuut ${attribute}`, fix: `voeg ${attribute}="…" toe: ${spec.hint}` });
  }
  if (hasChildren && !component.children)
    findings.push({ message: `<${name}> heeft geen tekst tussen de tags`, fix: `schrijf <${name} … /> zonder inhoud` });
  return findings;
}

function checkComponentValue(
  name: string,
  attribute: string,
  value: string | null,
  spec: EditorAttribute,
  context: MarkupContext,
): MarkupFinding[] {
  const kind = spec.value.kind;
  if (kind === 'flag')
    return value === null || value === 'true'
      ? []
      : [{ message: `${attribute} op <${name}> is een vlag`, fix: `schrijf alleen ${attribute}, zonder waarde` }];
  if (value === null || value.trim() === '') return [{ message: `${attribute} op <${name}> is leeg`, fix: spec.hint }];
  if (spec.value.kind === 'text' && value.length > spec.value.maxLength) {
    return [
      { message: `${attribute} op <${name}> is ${value.length} tekens; maximaal ${spec.value.maxLength}`, fix: 'maak de tekst korter' },
    ];
  }
  if (kind === 'language' && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value)) {
    return [{ message: `"${value}" is geen taalcode`, fix: spec.hint }];
  }
  if (kind === 'reference' && context.visuals && !context.visuals.has(value)) {
    const known = [...context.visuals].sort();
    return [{ message: `de visual "${value}" bestaat niet`, fix: `kies uit: ${known.join(', ') || '(nog geen visuals)'}` }];
  }
  return [];
}
