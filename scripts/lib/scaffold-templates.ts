import { PLACEHOLDER_MARK } from '../../src/data/placeholders.ts';

export { PLACEHOLDER_MARK };

/** What a template needs to know about the content folder. */
export interface ScaffoldContext {
  slug: string;
  title: string;
  /** Today as JJJJ-MM-DD. */
  today: string;
  /** A theme that exists, so references are valid from the start. */
  firstTheme: string;
  /** The next free order or number in the collection. */
  next: number;
  /** A source that exists (content/sources/), for a new follow-up's first step; undefined when there is none. */
  firstSource: string | undefined;
}

const q = (text: string) => JSON.stringify(text);
const fill = (what: string) => q(`${PLACEHOLDER_MARK}: ${what}`);

/** The short title for lists: the title cut at a word boundary. */
export function shortTitleOf(title: string, max: number): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max + 1).replace(/\s+\S*$/, '');
  return cut.length >= 2 ? cut : title.slice(0, max);
}

export const storyTemplate = (c: ScaffoldContext) => `---
# Titel: op de pagina, in overzichten en op de deelkaart (5–100 tekens).
title: ${q(c.title)}
# Wanneer het gebeurde of verteld werd (JJJJ-MM-DD).
date: ${c.today}
# Soort: knel (wat knelde), kiem (wat ontstond en moet blijven) of idee.
kind: idee
# Spoor: burgers, middenveld, wetenschap of bestuur.
track: burgers
# Provincie in kleine letters (bijvoorbeeld noord-brabant) of landelijk.
region: landelijk
# Thema's: slugs van bestanden in themes/, minstens één.
themes: [${c.firstTheme}]
# Een of twee zinnen voor overzichten en zoekresultaten (20–240 tekens).
summary: ${fill('schrijf in een of twee zinnen waar dit verhaal over gaat.')}
# De zin die groot op de pagina en op de deelkaart staat (5–200 tekens).
pullQuote: ${fill('de mooiste zin uit het verhaal.')}
# De afbeelding bovenaan: een bestand naast dit verhaal, en wat erop te zien is.
hero:
  src: ./images/${c.slug}.svg
  alt: ${fill('beschrijf in een zin wat er op de afbeelding te zien is.')}
# Optioneel: de dialoogtafel waar het verhaal vandaan komt (id uit tables.csv).
# table: T01
# true als het verhaal ter illustratie is geschreven: de pagina toont dan "voorbeeld".
example: false
# Concept: alleen zichtbaar in de voorvertoning (npm run dev). Zet op false om te publiceren.
draft: true
---

${PLACEHOLDER_MARK}: schrijf hier het verhaal. Gebruik korte zinnen en spreek de lezer aan met je.

Een citaat zet je zo in de tekst:

<Quote by="deelnemer dialoogtafel">${PLACEHOLDER_MARK}: wat iemand zei.</Quote>
`;

/** A neutral drawing that marks the spot for the real image. */
export const placeholderImage = (
  title: string,
) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675" width="1200" height="675" role="img" aria-label="Tijdelijke afbeelding">
  <rect width="1200" height="675" fill="#e8f1f8"/>
  <circle cx="600" cy="300" r="120" fill="#154273" opacity=".15"/>
  <text x="600" y="520" font-family="sans-serif" font-size="40" text-anchor="middle" fill="#154273">Tijdelijke afbeelding: ${title.replace(/[<>&"]/g, '')}</text>
</svg>
`;

export const insightTemplate = (c: ScaffoldContext) => `---
# Het inzicht in één zin (5–110 tekens); ook de titel van de deelkaart.
title: ${q(c.title)}
# Nummer in de lijst van inzichten; elk inzicht een eigen nummer.
number: ${c.next}
# Korte uitleg voor overzichten en de deelkaart (20–280 tekens).
summary: ${fill('leg in een of twee zinnen uit wat dit inzicht betekent.')}
# Hetzelfde in eenvoudige taal (B1): korte zinnen, gewone woorden (20–600 tekens).
plainSummary: ${fill('zeg het nog een keer, heel eenvoudig.')}
# Wanneer het inzicht is gepresenteerd (JJJJ-MM-DD).
date: ${c.today}
# Thema's (slugs uit themes/), minstens één.
themes: [${c.firstTheme}]
# Het citaat dat groot op de pagina en de deelkaart staat.
keyQuote:
  text: ${fill('een uitspraak van een deelnemer.')}
  # Beschrijf wie het zei, zonder naam.
  attribution: deelnemer dialoogtafel
  example: false
# Optioneel: visuals (slugs uit visuals/), sporen en tafel-ids als onderbouwing.
visuals: []
tracks: []
tables: []
---

${PLACEHOLDER_MARK}: schrijf hier de toelichting op het inzicht.
`;

export const chapterTemplate = (c: ScaffoldContext) => `---
# Plaats in het eindproduct (1 is het eerste hoofdstuk); elk hoofdstuk een eigen nummer.
order: ${c.next}
# Titel (3–110 tekens) en korte titel voor de inhoudsopgave (2–40 tekens).
title: ${q(c.title)}
shortTitle: ${q(shortTitleOf(c.title, 40))}
# Samenvatting voor overzichten en de deelkaart (20–280 tekens).
summary: ${fill('vat het hoofdstuk samen in een of twee zinnen.')}
# Samenvatting in eenvoudige taal (B1), korter dan het hoofdstuk zelf (20–900 tekens).
plainSummary: ${fill('zeg in een paar korte zinnen waar het hoofdstuk over gaat.')}
# Thema's (slugs uit themes/), minstens één.
themes: [${c.firstTheme}]
# Optioneel: inzichten, sporen en tafel-ids waarop het hoofdstuk steunt.
insights: []
tracks: []
tables: []
---

${PLACEHOLDER_MARK}: schrijf hier het hoofdstuk. Begin met wat de lezer moet weten.
`;

export const visualTemplate = (c: ScaffoldContext) => `# Titel van de grafiek (5–100 tekens); ook op de deelkaart.
title: ${q(c.title)}
# Soort grafiek: bar, stacked-bar, grouped-bar, line, area, waffle, tile-map of timeline.
type: bar
# De belangrijkste uitkomst in een of twee zinnen: dit lezen mensen die de grafiek niet zien.
alt: ${fill('de belangrijkste uitkomst van de grafiek in een zin.')}
# Bijschrift onder de grafiek (10–400 tekens).
caption: ${fill('wat de grafiek laat zien.')}
# Bron van de cijfers.
source: ${fill('bron van de cijfers.')}
# De cijfers: een CSV-bestand naast dit bestand.
data:
  file: ${c.slug}.csv
# Welke kolom van de CSV wat is: label = de categorieën, value = de getallen.
encoding:
  label: categorie
  value: aantal
# Eenheid van de getallen, enkelvoud en meervoud.
unit: { one: deelnemer, other: deelnemers }
# Thema's (slugs uit themes/).
themes: [${c.firstTheme}]
# true zolang de cijfers ter illustratie zijn.
example: true
`;

export const visualDataTemplate = () => `categorie,aantal
Voorbeeld A,12
Voorbeeld B,8
`;

export const themeTemplate = (c: ScaffoldContext) => `---
# Volledige titel (2–60 tekens) en korte titel voor tegels en filters (2–24 tekens).
title: ${q(c.title)}
shortTitle: ${q(shortTitleOf(c.title, 24))}
# Een of twee zinnen over het thema, op de tegel en de deelkaart (20–220 tekens).
summary: ${fill('waar gaat dit thema over?')}
# Kleur van het thema (#RRGGBB); witte tekst erop moet goed leesbaar zijn (contrast 4,5:1).
colour: "#154273"
# Plaats in lijsten (1 eerst).
order: ${c.next}
# Groep: start (waar de dialoog mee begon) of herstel (thema's van het eindproduct).
group: start
# Kop op de deelkaart van het thema (5–90 tekens).
cardHeadline: ${q(shortTitleOf(`${c.title}: wat is jouw idee?`, 90))}
# Thema's die ermee samenhangen (slugs).
related: []
---

${PLACEHOLDER_MARK}: vertel in een paar alinea's wat er over dit thema is gezegd.
`;

export const faqTemplate = (c: ScaffoldContext) => `---
# De vraag zoals een bezoeker hem stelt (5–160 tekens).
question: ${q(c.title)}
# Plaats in de lijst (1 eerst).
order: ${c.next}
# Optioneel: thema's waar de vraag over gaat (slugs).
themes: []
---

${PLACEHOLDER_MARK}: geef hier het antwoord, kort en in gewone woorden.
`;

export const followUpTemplate = (c: ScaffoldContext) => `---
# Wat er gevraagd of beloofd werd, als korte zin (5–110 tekens).
title: ${q(c.title)}
# Wat ermee gebeurde, in eenvoudige taal (B1); in overzichten en op de deelkaart (20–300 tekens).
summary: ${fill('wat is er met deze vraag of belofte gedaan?')}
# Optioneel: wie verantwoordelijk is, met de bron die dat zegt (een id uit sources/). Zegt geen
# bron het, laat dit dan weg: de site toont dan "niet bekend".
# responsible:
#   name: een ministerie
#   source: ${c.firstSource ?? 'id-van-de-bron'}
# Optioneel: wanneer het klaar zou moeten zijn, als een bron dat zegt (JJJJ-MM-DD, JJJJ-MM of JJJJ).
# due: 2026-12
# De stappen, elk met tekst en bron (source: een id uit sources/). De status staat niet apart:
# die volgt uit de laatste stap met een status, en is "onbekend" zolang geen stap er een zet.
# Zet status alleen bij een stap als de bron zegt dat de status veranderde.
# Een stap zonder date krijgt de datum van zijn bron ("genoemd op"); geef date als bekend is
# wanneer de stap zelf gebeurde (JJJJ-MM-DD, JJJJ-MM of JJJJ).
# Een stap zonder bestaand document is een voorbeeld: zet dan example: true, geef een date en laat source weg.
updates:
${
  c.firstSource
    ? `  - text: ${fill('wat er gebeurde, in een of twee zinnen.')}
    source: ${c.firstSource}
    # date: ${c.today}
    # status: toegezegd`
    : `  - date: ${c.today}
    text: ${fill('wat er gebeurde, in een of twee zinnen.')}
    # Er is nog geen bron in sources/: maak die eerst aan, of laat dit een voorbeeld zijn.
    example: true`
}
# Waarop dit een antwoord is: thema's, inzichten, hoofdstukken (slugs) en dialoogtafels (ids uit tables.csv).
themes: [${c.firstTheme}]
insights: []
chapters: []
tables: []
# true als de hele opvolging ter illustratie is bedacht: overal staat dan "voorbeeld".
example: false
---

${PLACEHOLDER_MARK}: vertel hier in een paar zinnen wat er met de vraag of belofte is gebeurd.
`;
