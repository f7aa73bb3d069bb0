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
    // the site shows it as the characters typed (the save escapes them, the check refuses markup):
    // the preview now escapes it too. Only the empty placeholders Sveltia itself puts where an
    // editor component (Grafiek, Citaat, Kader) is drawn stay HTML.
    why: 'getypte HTML als tekst in het voorbeeld',
    find: 'tr({renderer:{code({text:e,lang:t}){return(t?Ble(e,t):void 0)??!1}}})',
    replace:
      'tr({renderer:{code({text:e,lang:t}){return(t?Ble(e,t):void 0)??!1},html({text:e}){return/^\\s*(<span data-component-key="[^"<>]*">(<\\/span>)?|<\\/span>)\\s*$/.test(e)?e:e.replace(/&/g,`&amp;`).replace(/</g,`&lt;`).replace(/>/g,`&gt;`)}}})',
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
