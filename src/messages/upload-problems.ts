/**
 * The words of the upload rules (src/content-rules/): what editors upload from phones, Excel,
 * Word and mail, and why the site refuses or warns. Every message says what is wrong and how
 * to fix it, in Dutch.
 */

/** Names of image formats as editors know them. */
export const FORMAT_NAMES: Record<string, string> = {
  png: 'PNG',
  jpeg: 'JPEG',
  gif: 'GIF',
  webp: 'WebP',
  avif: 'AVIF',
  svg: 'SVG',
  html: 'een webpagina (HTML)',
  pdf: 'een PDF',
  zip: 'een zip- of Office-bestand',
  heic: 'HEIC (iPhone-foto)',
};

export const UPLOAD_TEXT = {
  notAnImage: (named: string, found: string | undefined) => ({
    message: `het bestand heet ${named}, maar de inhoud is ${found ? (FORMAT_NAMES[found] ?? found) : 'geen afbeelding die de site kent'}`,
    fix: 'exporteer de afbeelding opnieuw als .jpg, .png, .webp of .svg en geef het bestand de naam die bij de inhoud past',
  }),
  wrongExtension: (named: string, found: string) => ({
    message: `het bestand heet ${named}, maar is een ${FORMAT_NAMES[found] ?? found}-afbeelding`,
    fix: `geef het de extensie die bij de inhoud past (.${found === 'jpeg' ? 'jpg' : found}) en pas de verwijzing aan`,
  }),
  notText: (named: string, found: string) => ({
    message: `het bestand heet ${named}, maar de inhoud is ${FORMAT_NAMES[found] ?? found}`,
    fix: `sla het opnieuw op als tekst (${named}, UTF-8); een spreadsheet: Bestand → Opslaan als → CSV UTF-8`,
  }),
  utf16: {
    message: 'het bestand is opgeslagen als UTF-16 (bijvoorbeeld door Kladblok); de site leest UTF-8',
    fix: 'sla het opnieuw op met codering UTF-8 (in Kladblok: Opslaan als → Codering: UTF-8)',
  },
  notUtf8: {
    message: 'het bestand is niet als UTF-8 opgeslagen (maar bijvoorbeeld als Windows-1252 of ANSI): letters als é en ë worden onleesbaar',
    fix: 'sla het opnieuw op met codering UTF-8 (in Kladblok: Opslaan als → Codering: UTF-8)',
  },
  htmlImageBesideText: (src: string, alt: string | undefined) => ({
    message: `<img src="${src}"> wordt niet verwerkt: de afbeelding komt niet mee naar de site en de pagina toont een gebroken plaatje`,
    fix: `schrijf de afbeelding als Markdown: ![${alt?.trim() || 'beschrijving van wat er te zien is'}](${src})`,
  }),
  imageNotProcessed: (image: string, reason: string) => ({
    message: `de afbeelding ${image} kan niet worden verkleind voor de site (${reason}); het bestand is beschadigd of heeft een vorm die niet te verwerken is`,
    fix: 'open de afbeelding in een fotoprogramma, exporteer hem opnieuw als JPEG, PNG of WebP (niet extreem smal of plat) en vervang het bestand',
  }),
  tooManyPixels: (width: number, height: number, maxMegapixels: number) => ({
    message: `de afbeelding is ${width} × ${height} pixels (${((width * height) / 1e6).toFixed(1)} megapixel); de site neemt er hoogstens ${maxMegapixels} aan`,
    fix: 'verklein de foto (2400 pixels breed is ruim genoeg voor de site) en sla hem opnieuw op',
  }),
  unreadableImage: {
    message: 'de afmetingen van de afbeelding zijn niet te lezen; het bestand is beschadigd of onvolledig',
    fix: 'exporteer de afbeelding opnieuw',
  },
  invisibleCharacter: (name: string, code: string) => ({
    message: `bevat een onzichtbaar teken (${name}, ${code}) dat de tekst anders laat tonen dan hij is`,
    fix: 'typ de tekst opnieuw of plak hem als platte tekst (Ctrl+Shift+V); het teken is niet te zien, dus opnieuw typen is het zekerst',
  }),
  htmlComment: {
    message: 'een HTML-opmerking (<!-- … -->) komt in de broncode van de pagina, voor iedereen leesbaar',
    fix: 'haal de opmerking weg; een notitie voor collega’s hoort in het werkbestand of in een bestand waarvan de naam met _ begint',
  },
  htmlCommentInField: {
    message: 'een HTML-opmerking (<!-- … -->) in een veld of cel wordt gepubliceerd als gewone tekst, voor iedereen leesbaar',
    fix: 'haal de opmerking weg; een notitie voor collega’s hoort in het werkbestand of in een bestand waarvan de naam met _ begint',
  },
  subfolder: (folder: string) => ({
    message: `staat in een submap van ${folder}/; de site maakt alleen pagina’s van bestanden direct in ${folder}/`,
    fix: `zet het bestand direct in ${folder}/ (de naam moet dan uniek zijn), of begin de mapnaam met _ als het een notitie is`,
  }),
  unreadFile: (folder: string) => ({
    message: `de site leest dit bestand niet: het wordt niet gepubliceerd en nergens gebruikt`,
    fix: `verwijder het, geef het de juiste extensie, of begin de naam met _ als het een notitie is die in ${folder}/ mag blijven`,
  }),
  unusedImage: {
    message: 'deze afbeelding wordt door geen enkele tekst gebruikt en wordt niet gepubliceerd',
    fix: 'verwijs ernaar vanuit een tekst, of verwijder het bestand',
  },
  yamlHash: (cut: string) => ({
    message: `YAML leest alles vanaf " #" als opmerking: de waarde wordt "${cut}" en de rest verdwijnt`,
    fix: 'zet de hele waarde tussen aanhalingstekens, bijvoorbeeld "… #zzp …"',
  }),
  dateWithTime: (value: string, day: string) => ({
    message: `de datum "${value}" heeft een tijd of tijdzone; daardoor kan het een andere dag worden`,
    fix: `schrijf alleen de dag: ${day}`,
  }),
  dutchThousands: (value: string) => ({
    message: `"${value}" is dubbelzinnig: Nederlands is dat ${value.replace(/\./g, '')}, maar een computer leest ${Number.isNaN(Number(value)) ? 'er geen getal in' : Number(value)}`,
    fix: `schrijf het getal zonder scheidingsteken voor duizendtallen (${value.replace(/\./g, '')}), of met een punt voor decimalen als dat bedoeld is`,
  }),
  dutchDecimal: (value: string) => ({
    message: `"${value}" heeft een komma als decimaalteken; de grafiek leest getallen met een punt`,
    fix: `schrijf ${value.replace(',', '.')} (Nederlandse Excel: exporteer als CSV UTF-8 of zet het decimaalteken op punt)`,
  }),
  reservedName: (route: string, owner: string) => ({
    message: `de bestandsnaam geeft het adres ${route}, dat de site zelf al gebruikt${owner === route ? '' : ` (${owner})`}`,
    fix: 'geef het bestand een andere naam (alleen kleine letters, cijfers en streepjes)',
  }),
  unsafeUrl: (value: string) => ({
    message: `het adres "${value.slice(0, 60)}" is niet toegestaan`,
    fix: 'gebruik een adres dat begint met https://, mailto:, tel: of /',
  }),
  linkToDraft: (href: string) => ({
    message: `"${href}" wijst naar een concept; dat verhaal staat niet op de gepubliceerde site`,
    fix: 'publiceer het verhaal (draft: false) of haal de link weg',
  }),
  /** A link that is neither a full address nor a path from the site's root: the browser resolves it from the page it is on. */
  relativeLink: (href: string) => ({
    message: `de link "${href.slice(0, 60)}" is geen volledig adres en begint niet met /; een browser zoekt hem vanaf de pagina waar hij staat en komt op een pagina die niet bestaat`,
    fix: 'schrijf een link binnen de site vanaf het begin (/verhalen/naam/) of een volledig adres (https://…)',
  }),
} as const;
