import { z } from 'astro/zod';
import nl from '../i18n/nl.json' with { type: 'json' };

/** One field of the CMS configuration (Sveltia/Decap `fields` entry). */
export type CmsField = { name: string; label: string; widget: string; required: boolean } & Record<string, unknown>;

/** What a field's zod schema says about it, read from the schema's definition. */
interface Meta {
  title?: string;
  description?: string;
  reference?: string;
}

type AnySchema = z.ZodType;
interface Check {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  format?: string;
  pattern?: RegExp;
  error?: (issue: unknown) => unknown;
}

const defOf = (schema: AnySchema) =>
  schema._zod.def as unknown as Record<string, unknown> & { type: string; checks?: { _zod: { def: Check } }[] };
const checksOf = (schema: AnySchema): Check[] => (defOf(schema).checks ?? []).map((check) => check._zod.def);
const metaOf = (schema: AnySchema): Meta => (z.globalRegistry.get(schema) ?? {}) as Meta;

/** A field's schema without its optional/default wrappers, with what those wrappers said. */
function unwrap(schema: AnySchema): { inner: AnySchema; required: boolean; defaultValue: unknown; meta: Meta } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  const meta: Meta = {};
  for (;;) {
    Object.assign(meta, { ...metaOf(inner), ...meta });
    const def = defOf(inner);
    if (def.type === 'optional') {
      required = false;
      inner = def.innerType as AnySchema;
    } else if (def.type === 'default') {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      inner = def.innerType as AnySchema;
    } else return { inner, required, defaultValue, meta };
  }
}

/** The message a check gives editors, when it does not depend on their input. */
function messageOf(check: Check): string | undefined {
  const result = check.error?.({ input: '' });
  if (typeof result === 'string') return result;
  if (result && typeof result === 'object' && typeof (result as { message?: unknown }).message === 'string')
    return (result as { message: string }).message;
  return undefined;
}

const HEX_COLOUR_SOURCE = '^#[0-9a-fA-F]{6}$';
/** Longer limits get a text area instead of a one-line input. */
const MULTILINE_FROM = 150;

/** Length bounds and pattern of a string schema, as CMS field options with the schema's own Dutch messages. */
function stringOptions(schema: AnySchema): Record<string, unknown> {
  const checks = checksOf(schema);
  const min = checks.find((c) => c.check === 'min_length')?.minimum;
  const max = checks.find((c) => c.check === 'max_length')?.maximum;
  const regex = checks.find((c) => c.check === 'string_format' && c.format === 'regex' && c.pattern);
  const options: Record<string, unknown> = {};
  if (min !== undefined) options.minlength = min;
  if (max !== undefined) options.maxlength = max;
  // Length bounds are the CMS's own minlength/maxlength, with a counter; their message is the
  // schema's wording through the Dutch overlay (src/cms/admin/nl-overlay.json), one sentence per rule.
  if (min === undefined && max === undefined && regex?.pattern) {
    options.pattern = [regex.pattern.source, capitalise(messageOf(regex) ?? '')];
  }
  return options;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const DICTIONARY: Record<string, string> = nl;

/**
 * The choices of an enumeration as editors read them: the site's own Dutch name of each value
 * (`region.fryslan` → Fryslân) when the dictionary has one, for the field and for a list of them
 * (`tracks` uses `track.…`); else the value itself.
 */
function choices(fieldName: string, values: readonly string[]): (string | { label: string; value: string })[] {
  const prefix = [fieldName, fieldName.replace(/s$/, '')].find((name) => values.every((value) => `${name}.${value}` in DICTIONARY));
  return prefix ? values.map((value) => ({ label: DICTIONARY[`${prefix}.${value}`] ?? value, value })) : [...values];
}

/**
 * The CMS field for one schema field: widget, label and hint (the schema's Dutch `title` and
 * `description`), required flag, default, options of enumerations, length bounds and patterns
 * with the schema's own messages, and relations for slugs that point into another collection.
 * Throws on a field without a Dutch title, so no field reaches editors unlabelled.
 */
export function fieldFromSchema(name: string, schema: AnySchema, where = name): CmsField {
  const { inner, required, defaultValue, meta } = unwrap(schema);
  if (!meta.title) throw new Error(`${where}: het schema geeft dit veld geen titel; zet .meta({ title: '…' }) in src/schemas/`);
  const base = { name, label: meta.title, required, ...(meta.description ? { hint: meta.description } : {}) };
  const withDefault = (field: CmsField): CmsField =>
    defaultValue === undefined ||
    (Array.isArray(defaultValue) && defaultValue.length === 0) ||
    (typeof defaultValue === 'object' && !Array.isArray(defaultValue))
      ? field
      : { ...field, default: defaultValue };
  const def = defOf(inner);
  switch (def.type) {
    case 'string': {
      const format = (def as { format?: string }).format;
      if (format === 'url' || format === 'email') return withDefault({ ...base, widget: 'string', type: format });
      const options = stringOptions(inner);
      const multiline = typeof options.maxlength === 'number' && options.maxlength > MULTILINE_FROM;
      return withDefault({ ...base, widget: multiline ? 'text' : 'string', ...options });
    }
    case 'number': {
      const checks = checksOf(inner);
      const min = checks.find((c) => c.check === 'greater_than')?.value;
      const int = checks.some((c) => c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'));
      return withDefault({ ...base, widget: 'number', value_type: int ? 'int' : 'float', ...(min !== undefined ? { min } : {}) });
    }
    case 'boolean':
      return { ...base, widget: 'boolean', required: false, default: defaultValue === true };
    case 'enum':
      return withDefault({ ...base, widget: 'select', options: choices(name, Object.values(def.entries as Record<string, string>)) });
    case 'file':
      // Astro's image() stands in as a file schema when the CMS reads a collection (see cms-schemas.ts).
      return { ...base, widget: 'image', choose_url: false };
    case 'pipe': {
      const input = def.in as AnySchema;
      const inputDef = defOf(input);
      if (inputDef.type === 'union' && (inputDef.options as AnySchema[]).some((option) => defOf(option).type === 'date')) {
        return {
          ...base,
          widget: 'datetime',
          type: 'date',
          time_format: false,
          format: 'YYYY-MM-DD',
          ...(required ? { default: '{{now}}' } : {}),
        };
      }
      const regex = checksOf(input).find((c) => c.format === 'regex');
      if (inputDef.type === 'string' && regex?.pattern?.source === HEX_COLOUR_SOURCE)
        return { ...base, widget: 'color', pattern: [HEX_COLOUR_SOURCE, capitalise(messageOf(regex) ?? '')] };
      return fieldFromSchema(name, input.meta({ ...metaOf(input), ...meta }), where);
    }
    case 'array':
      return arrayField(base, inner, where);
    case 'object': {
      const shape = (def.shape ?? {}) as Record<string, AnySchema>;
      return {
        ...base,
        widget: 'object',
        fields: Object.entries(shape).map(([key, value]) => fieldFromSchema(key, value, `${where}.${key}`)),
      };
    }
    default:
      throw new Error(`${where}: het CMS kent geen invoerveld voor het zod-type "${def.type}"; breid src/cms/schema-fields.ts uit`);
  }
}

/** Lists: a relation when the items are slugs of another collection, a multiple select for enumerations, else a list of text. */
function arrayField(base: { name: string; label: string; required: boolean; hint?: string }, schema: AnySchema, where: string): CmsField {
  const element = defOf(schema).element as AnySchema;
  const min = checksOf(schema).find((c) => c.check === 'min_length')?.minimum;
  const bounds: Record<string, number> = min !== undefined ? { min } : {};
  const reference = metaOf(element).reference;
  if (reference)
    return {
      ...base,
      widget: 'relation',
      collection: reference,
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
      multiple: true,
      ...bounds,
    };
  const elementDef = defOf(element);
  if (elementDef.type === 'enum')
    return {
      ...base,
      widget: 'select',
      multiple: true,
      options: choices(base.name, Object.values(elementDef.entries as Record<string, string>)),
      ...bounds,
    };
  // A list of text items, each its own input: Sveltia's plain list (one comma-separated box) changes the value on opening.
  if (elementDef.type === 'string')
    return { ...base, widget: 'list', field: { name: 'item', label: metaOf(element).title ?? base.label, widget: 'string' }, ...bounds };
  // A list of records (the dated steps of a follow-up): each item a form of the object's fields.
  if (elementDef.type === 'object') return { ...base, widget: 'list', fields: fieldsFromObject(element, `${where}[]`), ...bounds };
  throw new Error(`${where}: het CMS kent geen lijst van "${elementDef.type}"`);
}

/** Every field of an object schema, in the schema's order. */
export function fieldsFromObject(schema: AnySchema, where: string): CmsField[] {
  const def = defOf(schema);
  if (def.type !== 'object') throw new Error(`${where}: verwacht een object-schema`);
  return Object.entries(def.shape as Record<string, AnySchema>).map(([key, value]) => fieldFromSchema(key, value, `${where}.${key}`));
}
