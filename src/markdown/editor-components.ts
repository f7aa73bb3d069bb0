/**
 * The components editors may use in MDX content, with the attributes each takes. This table is
 * the allow-list of the MDX safety check (src/markdown/mdx-policy.ts), the source of the CMS's
 * editor components and of the editors' guide: a component that is not here cannot be used.
 */

/** What an attribute's literal value must be. */
export type AttributeValue =
  /** Any text. */
  | { kind: 'text'; maxLength: number }
  /** The slug of an entry of a collection (checked against that collection). */
  | { kind: 'reference'; collection: 'visuals' }
  /** A BCP 47 language code such as "en" or "fy". */
  | { kind: 'language' }
  /** A flag: written as the bare attribute name (`example`). */
  | { kind: 'flag' };

export interface EditorAttribute {
  required: boolean;
  value: AttributeValue;
  /** What the attribute means, in Dutch, for the editor. */
  hint: string;
}

export interface EditorComponent {
  /** What the component shows, in Dutch. */
  hint: string;
  attributes: Readonly<Record<string, EditorAttribute>>;
  /** Whether text may stand between the opening and closing tag. */
  children: boolean;
}

export const EDITOR_COMPONENTS = {
  Visual: {
    hint: 'Een grafiek uit content/visuals/ met bijschrift, bron en tabel met de cijfers.',
    attributes: {
      id: {
        required: true,
        value: { kind: 'reference', collection: 'visuals' },
        hint: 'De naam van de grafiek: de bestandsnaam in content/visuals/ zonder .yaml.',
      },
    },
    children: false,
  },
  Quote: {
    hint: 'Een citaat van een deelnemer, groot gezet.',
    attributes: {
      by: {
        required: false,
        value: { kind: 'text', maxLength: 120 },
        hint: 'Wie het zei, omschreven (geen naam), bijvoorbeeld "deelnemer dialoogtafel, Zwolle".',
      },
      example: { required: false, value: { kind: 'flag' }, hint: 'Zet dit erbij als het citaat verzonnen is als voorbeeld.' },
    },
    children: true,
  },
  Callout: {
    hint: 'Een kader met een korte kop, voor iets wat de lezer moet weten.',
    attributes: {
      title: { required: true, value: { kind: 'text', maxLength: 80 }, hint: 'De kop van het kader.' },
    },
    children: true,
  },
  Lang: {
    hint: 'Een woord of zin in een andere taal, zodat een schermlezer het goed uitspreekt.',
    attributes: {
      code: { required: true, value: { kind: 'language' }, hint: 'De taalcode, bijvoorbeeld "en" (Engels) of "fy" (Fries).' },
    },
    children: true,
  },
} as const satisfies Record<string, EditorComponent>;

export type EditorComponentName = keyof typeof EDITOR_COMPONENTS;

export const EDITOR_COMPONENT_NAMES = Object.keys(EDITOR_COMPONENTS) as EditorComponentName[];
