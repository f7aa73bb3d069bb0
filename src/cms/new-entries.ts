/**
 * What a new entry's form starts with where that differs from the schema's default, per
 * collection: a new story is a draft, as `npm run new` makes it, so its Concept switch is on
 * when the form opens and shows what will be saved (cms-config.ts makes these the fields' CMS
 * defaults).
 */
export const NEW_ENTRY_VALUES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  stories: { draft: true },
};

/**
 * What a file without one of those fields means: the schema's default (a story without `draft`
 * is published). The CMS fills a field's default into an existing entry that lacks it, so the
 * file format reads these values in first (front-matter-format.ts); it writes none of them back
 * into a file that lacked them.
 */
export const ABSENT_FIELD_VALUES: Readonly<Record<string, unknown>> = { draft: false };

/**
 * Date fields that `npm run check` holds to the dialogue's period (src/check/check-content.ts): on
 * an archived site their new entries start at a day inside it instead of today (cms-config.ts).
 */
export const DIALOGUE_DATE_FIELDS: Readonly<Record<string, readonly string[]>> = { stories: ['date'] };
