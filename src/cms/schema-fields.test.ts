import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { boundedText, kind, nonEmptyUniqueList, slug, uniqueList } from '../schemas/shared.ts';
import { fieldFromSchema, fieldsFromObject } from './schema-fields.ts';

describe('CMS fields from zod schemas', () => {
  it('takes the label and hint from the schema’s Dutch title and description', () => {
    expect(fieldFromSchema('title', boundedText(5, 100).meta({ title: 'Titel', description: 'Op de pagina.' }))).toMatchObject({
      label: 'Titel',
      hint: 'Op de pagina.',
      required: true,
    });
  });

  it('refuses a field without a Dutch title, naming where it is', () => {
    expect(() => fieldFromSchema('title', boundedText(5, 100), 'stories.title')).toThrow(/stories\.title.*titel/);
  });

  it('gives bounded text its limits and no second rule for them (the overlay words the limits as the schema does)', () => {
    const field = fieldFromSchema('summary', boundedText(20, 240).meta({ title: 'Samenvatting' }));
    expect(field).toMatchObject({ widget: 'text', minlength: 20, maxlength: 240 });
    expect(field.pattern).toBeUndefined();
  });

  it('makes optional and defaulted fields not required, and keeps a flag’s default', () => {
    expect(fieldFromSchema('table', z.string().optional().meta({ title: 'Tafel' })).required).toBe(false);
    expect(fieldFromSchema('draft', z.boolean().default(true).meta({ title: 'Concept' }))).toMatchObject({
      widget: 'boolean',
      required: false,
      default: true,
    });
  });

  it('offers an enumeration as a choice and slugs of another collection as a relation', () => {
    expect(fieldFromSchema('kind', kind.meta({ title: 'Soort' }))).toMatchObject({
      widget: 'select',
      options: [
        { label: 'Knelpunt', value: 'knel' },
        { label: 'Kiem', value: 'kiem' },
        { label: 'Idee', value: 'idee' },
      ],
    });
    expect(fieldFromSchema('themes', nonEmptyUniqueList(slug('thema'), 'thema').meta({ title: "Thema's" }))).toMatchObject({
      widget: 'relation',
      collection: 'themes',
      multiple: true,
      min: 1,
    });
    expect(fieldFromSchema('visuals', uniqueList(slug('visual'), 'visual').meta({ title: 'Grafieken' }))).toMatchObject({
      widget: 'relation',
      collection: 'visuals',
      required: false,
    });
  });

  it('walks nested objects', () => {
    const fields = fieldsFromObject(
      z.strictObject({ hero: z.strictObject({ alt: boundedText(10, 250).meta({ title: 'Alt-tekst' }) }).meta({ title: 'Afbeelding' }) }),
      'x',
    );
    expect(fields[0]).toMatchObject({ widget: 'object', fields: [{ name: 'alt', label: 'Alt-tekst', required: true }] });
  });
});
