import { EDITOR_COMPONENTS, type EditorAttribute, type EditorComponent } from '../../markdown/editor-components.ts';
import { t } from '../../i18n/t.ts';
import { BODY_COMPONENTS } from '../body-components.ts';
import { bodyPreviews } from './body-previews.ts';

/** A Sveltia/Decap editor component: a form in the rich-text editor that writes one MDX element. */
export interface EditorComponentDefinition {
  id: string;
  label: string;
  fields: Record<string, unknown>[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, unknown>;
  toBlock: (props: Record<string, unknown>) => string;
  toPreview: (props: Record<string, unknown>) => string;
}

/** Dutch names of the components in the editor's + menu. */
const LABELS: Record<string, string> = { Visual: 'Grafiek', Quote: 'Citaat', Callout: 'Kader', Lang: 'Andere taal' };

function attributeField(name: string, attribute: EditorAttribute): Record<string, unknown> {
  const base = { name, label: name, hint: attribute.hint, required: attribute.required };
  switch (attribute.value.kind) {
    case 'reference':
      return {
        ...base,
        label: 'Grafiek',
        widget: 'relation',
        collection: attribute.value.collection,
        value_field: '{{slug}}',
        display_fields: ['title'],
        search_fields: ['title'],
      };
    case 'text':
      return { ...base, widget: 'string', maxlength: attribute.value.maxLength };
    case 'flag':
      return { ...base, widget: 'boolean', required: false, default: false };
    case 'language':
      return { ...base, widget: 'string', pattern: ['^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', 'Een taalcode zoals en of fy'] };
  }
}

/** Attribute text as MDX reads it: no double quotes or braces that would end the value or start code. */
const attributeText = (value: unknown) =>
  String(value ?? '')
    .replace(/"/g, '”')
    .replace(/[{}<>]/g, '')
    .trim();

/** Parses `a="x" b` into { a: 'x', b: true }. */
function parseAttributes(text: string): Record<string, string | true> {
  const attributes: Record<string, string | true> = {};
  for (const match of text.matchAll(/([A-Za-z]+)(?:="([^"]*)")?/g)) attributes[match[1] ?? ''] = match[2] ?? true;
  return attributes;
}

/** The editor component for one allowed MDX component: its fields come from the allow-list's attributes. */
export function defineEditorComponent(name: string, component: EditorComponent): EditorComponentDefinition {
  const attributes = Object.entries(component.attributes);
  const fields = attributes.map(([key, attribute]) => attributeField(key, attribute));
  if (component.children) fields.push({ name: 'children', label: 'Tekst', widget: 'text', required: true, hint: component.hint });
  const pattern = component.children
    ? new RegExp(`^<${name}((?:\\s+[A-Za-z]+(?:="[^"]*")?)*)\\s*>([\\s\\S]*?)</${name}>$`, 'm')
    : new RegExp(`^<${name}((?:\\s+[A-Za-z]+(?:="[^"]*")?)*)\\s*/>$`, 'm');
  return {
    id: name,
    label: LABELS[name] ?? name,
    fields,
    pattern,
    fromBlock: (match) => {
      const parsed = parseAttributes(match[1] ?? '');
      const props: Record<string, unknown> = {};
      for (const [key, attribute] of attributes) props[key] = attribute.value.kind === 'flag' ? parsed[key] === true : (parsed[key] ?? '');
      if (component.children) props.children = (match[2] ?? '').trim();
      return props;
    },
    toBlock: (props) => {
      const written = attributes
        .map(([key, attribute]) => {
          if (attribute.value.kind === 'flag') return props[key] ? ` ${key}` : '';
          const value = attributeText(props[key]);
          return value ? ` ${key}="${value}"` : '';
        })
        .join('');
      // Text on lines of its own between the tags, as the repository writes a <Callout>.
      return component.children
        ? `<${name}${written}>\n${String(props.children ?? '')
            .replace(/[{}<>]/g, '')
            .trim()}\n</${name}>`
        : `<${name}${written} />`;
    },
    toPreview: (props) => previewHtml(name, props),
  };
}

/**
 * A component's text as the site's Markdown makes it, through the Markdown renderer Sveltia
 * provides (`window.marked`, which the CMS sanitises with the rest of the preview); as escaped
 * paragraphs where there is none.
 */
function paragraphs(text: unknown): string {
  const markdown = String(text ?? '').trim();
  const marked = (globalThis as { marked?: { parse: (text: string, options: { async: false }) => string } }).marked;
  if (marked) return marked.parse(markdown, { async: false });
  return markdown
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');
}

/**
 * A component in the body's preview with the markup of its site component (src/components/Quote,
 * Callout, Lang, Visual), so the site's styles show it as readers see it. A chart is drawn by the
 * site's chart code once the preview code has loaded.
 */
function previewHtml(name: string, props: Record<string, unknown>): string {
  switch (name) {
    case 'Quote': {
      const by = escapeHtml(String(props.by ?? ''));
      const label = props.example ? `<span class="oogst-example">${escapeHtml(t('site.exampleLabel'))}</span>` : '';
      return `<figure class="oogst-quote"><blockquote>${paragraphs(props.children)}</blockquote>${by || label ? `<figcaption>${by}${label}</figcaption>` : ''}</figure>`;
    }
    case 'Callout':
      return `<div class="oogst-callout" role="note"><p class="oogst-callout__title"><strong>${escapeHtml(String(props.title ?? ''))}</strong></p>${paragraphs(props.children)}</div>`;
    case 'Lang':
      return `<span lang="${escapeHtml(String(props.code ?? ''))}">${escapeHtml(String(props.children ?? ''))}</span>`;
    case 'Visual':
      return (
        bodyPreviews.visual?.(String(props.id ?? '')) ?? `<p><strong>${LABELS[name]}:</strong> ${escapeHtml(String(props.id ?? ''))}</p>`
      );
    default:
      return `<p><strong>${LABELS[name] ?? name}:</strong> ${escapeHtml(String(props.children ?? ''))}</p>`;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** Every editor component the body offers, from the allow-list. */
export function editorComponentDefinitions(): EditorComponentDefinition[] {
  return BODY_COMPONENTS.map((name) => defineEditorComponent(name, EDITOR_COMPONENTS[name]));
}
