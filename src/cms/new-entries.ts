/**
 * Values a new entry is saved with, per collection, whatever the form says: a new story is a
 * draft, as `npm run new` makes it. Not a form default, because the CMS fills defaults into
 * existing files that lack the field too, and a published story would silently become a draft.
 */
export const NEW_ENTRY_VALUES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  stories: { draft: true },
};
