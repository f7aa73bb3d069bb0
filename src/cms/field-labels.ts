/** The file next to the CMS with the labels of every collection's fields, for the save guard's messages. */
export const FIELD_LABELS_FILE = 'veldnamen.json';

/** Collection (or the site settings) → a field's path without list positions (`hero.alt`) → its label chain. */
export type FieldLabels = Record<string, Record<string, string>>;

interface ConfigField {
  name: string;
  label?: string;
  fields?: ConfigField[];
  field?: ConfigField;
}

function walk(fields: readonly ConfigField[], prefix: string, labels: string[], out: Record<string, string>): void {
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const chain = [...labels, field.label ?? field.name];
    out[path] = chain.join(' › ');
    if (field.fields) walk(field.fields, path, chain, out);
  }
}

/**
 * The labels the editor sees on the form, from the CMS configuration: what the save guard names
 * instead of the file's keys (`hero.alt` is "Afbeelding bovenaan › Alt-tekst").
 */
export function fieldLabelsOf(config: Record<string, unknown>): FieldLabels {
  const out: FieldLabels = {};
  const entries = [...((config['collections'] as unknown[]) ?? []), ...((config['singletons'] as unknown[]) ?? [])] as {
    name: string;
    fields?: ConfigField[];
  }[];
  for (const collection of entries) {
    const labels: Record<string, string> = {};
    walk(collection.fields ?? [], '', [], labels);
    out[collection.name] = labels;
  }
  return out;
}

/**
 * A field's label as the form shows it, for a path the guard found a problem at: list positions
 * count from 1 after the list's label (`steps.1.text` is "Stappen › 2 › Tekst"). A path the labels
 * do not know keeps its key.
 */
export function labelOfField(labels: Record<string, string> | undefined, path: string): string {
  const parts: string[] = [];
  const named: string[] = [];
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      parts.push(String(Number(segment) + 1));
      continue;
    }
    named.push(segment);
    const chain = labels?.[named.join('.')];
    parts.push(chain ? (chain.split(' › ').at(-1) ?? segment) : segment);
  }
  return parts.join(' › ');
}
