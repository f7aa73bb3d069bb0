/**
 * Dutch words the charts and the visual pages show. One place, so wording stays consistent
 * and a translation only touches this file.
 */
export const CHART_TEXT = {
  dataTable: 'Bekijk de cijfers als tabel',
  downloads: 'Downloaden',
  downloadCsv: 'Data (CSV)',
  downloadSvg: 'Grafiek (SVG)',
  downloadPng: 'Grafiek (PNG)',
  shareCard: 'Deelkaart (PNG)',
  source: 'Bron',
  example: 'Voorbeeld',
  exampleNote: 'Deze cijfers zijn een voorbeeld en geen openbaar verslag.',
  total: 'Totaal',
  noData: '– geen gegevens',
  empty: 'Er zijn nog geen gegevens voor deze grafiek.',
  national: (n: string) => `Daarnaast landelijk: ${n}`,
  yes: 'ja',
  no: 'nee',
  overviewTitle: 'Cijfers',
  overviewIntro: 'Wat de dialoog in getallen opleverde. Bij elke grafiek staan de cijfers als tabel en om te downloaden.',
  visualsOf: 'Alle cijfers',
  back: 'Terug naar alle cijfers',
} as const;

/** Display names of the values the site's own data uses; a spec's `labels` overrides them. */
export const KNOWN_VALUE_LABELS: Record<string, string> = {
  burgers: 'Burgers',
  middenveld: 'Middenveld',
  wetenschap: 'Wetenschap en dwarsdenkers',
  bestuur: 'Lokaal bestuur',
  knel: 'Knelpunt',
  kiem: 'Kiem',
  idee: 'Idee',
  groningen: 'Groningen',
  fryslan: 'Fryslân',
  drenthe: 'Drenthe',
  overijssel: 'Overijssel',
  flevoland: 'Flevoland',
  gelderland: 'Gelderland',
  utrecht: 'Utrecht',
  'noord-holland': 'Noord-Holland',
  'zuid-holland': 'Zuid-Holland',
  zeeland: 'Zeeland',
  'noord-brabant': 'Noord-Brabant',
  limburg: 'Limburg',
  landelijk: 'Landelijk',
};

/** Headings of the columns of the site's own data; a spec's `columns` overrides them. */
export const KNOWN_COLUMN_LABELS: Record<string, string> = {
  track: 'Spoor',
  region: 'Provincie',
  themes: 'Thema',
  theme: 'Thema',
  kind: 'Soort',
  month: 'Maand',
  year: 'Jaar',
  table: 'Tafel',
  participants: 'Deelnemers',
  aantal: 'Aantal',
  example: 'Voorbeeld',
  start: 'Begin',
  end: 'Einde',
  label: 'Gebeurtenis',
  note: 'Toelichting',
};
