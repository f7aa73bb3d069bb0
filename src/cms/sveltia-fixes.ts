/**
 * Small repairs to Sveltia CMS's own script (@sveltia/cms, its exact version pinned in
 * package.json), for problems editors meet and Sveltia's options cannot reach. Each names the
 * text it replaces; when a new Sveltia no longer has it, the build stops here, so a repair is
 * never silently lost (look then whether Sveltia fixed it itself).
 */
const FIXES: { why: string; find: string; replace: string }[] = [
  {
    // The "Nieuw" button always gets a popup, empty unless the collection has entry templates.
    // A mouse click goes past it, but Enter or Space only opened the empty popup: no new entry
    // with the keyboard. The popup now comes only when it has something to offer.
    why: 'Nieuw-knop met het toetsenbord',
    find: 'onclick:()=>s(),startIcon:e,popup:t,$$slots:{startIcon:!0,popup:!0}',
    replace: 'onclick:()=>s(),startIcon:e,popup:R(i)?t:void 0,$$slots:{startIcon:!0,popup:!0}',
  },
  {
    // The preview's frame said its language was "_default" (Sveltia's name for the one language of
    // a site without translations) and had no title: a screen reader read Dutch with the wrong
    // voice and announced an unnamed frame. The content of an Oogst site is Dutch; the title is
    // the interface's own word for the preview.
    why: 'taal en titel van het voorbeeld',
    find: '<html lang="${vL(t.locale)}">\n    <head>\n      <meta charset="UTF-8">',
    replace:
      '<html lang="${vL(t.locale===`_default`?`nl`:t.locale)}">\n    <head>\n      <meta charset="UTF-8">\n      <title>${vL(Y(`preview`))}</title>',
  },
  {
    // The Markdown preview drew HTML typed in the text (`<b>`, `<img>`, `<iframe>`) as HTML, where
    // the site shows it as the characters typed: the save escapes them (src/cms/body-guard.ts) and
    // the check refuses markup. The preview now draws the text as it will be saved, escaped by the
    // same guard (`__OOGST_SAVED_BODY__`, set by src/cms/admin/cms-entry.ts), before Sveltia puts
    // the editor components' previews in.
    why: 'getypte HTML als tekst in het voorbeeld',
    find: 'let{markdown:e,previewMap:n}=$Fe(t.currentValue,R(_),o);',
    replace: 'let{markdown:e,previewMap:n}=$Fe(globalThis.__OOGST_SAVED_BODY__?.(t.currentValue)??t.currentValue,R(_),o);',
  },
];

/** Sveltia's script with the repairs of FIXES. */
export function fixSveltia(source: string): string {
  let fixed = source;
  for (const { why, find, replace } of FIXES) {
    const parts = fixed.split(find);
    if (parts.length !== 2)
      throw new Error(`Sveltia CMS is veranderd: de reparatie "${why}" vindt haar plek niet; pas src/cms/sveltia-fixes.ts aan`);
    fixed = parts.join(replace);
  }
  return fixed;
}
