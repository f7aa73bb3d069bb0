/**
 * Deterministic filler text for the synthetic harvest. The same seed gives the same
 * content, so two benchmark runs (or two commits) build exactly the same site.
 */

/** A small seeded pseudo-random generator (mulberry32): fast, and good enough for filler. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One item of a list, chosen by `random`. */
export function pickOne<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** `count` different items of a list, in list order. */
export function pickSome<T>(random: () => number, list: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(random() * list.length));
  return [...chosen].sort((a, b) => a - b).map((index) => list[index]!);
}

const SUBJECTS = [
  'De buurt',
  'Een leraar',
  'Mijn moeder',
  'De gemeente',
  'Een ondernemer',
  'Het buurthuis',
  'Een student',
  'De huisarts',
  'Een vrijwilliger',
  'De bibliotheek',
  "Een zzp'er",
  'De jongerenraad',
];
const VERBS = ['zag', 'merkte', 'vertelde', 'ontdekte', 'regelde', 'vroeg om', 'miste', 'bouwde', 'deelde', 'hield vast aan'];
const OBJECTS = [
  'een nieuwe manier van samenwerken',
  'meer ruimte voor elkaar',
  'hulp bij de boodschappen',
  'een plek om te leren',
  'vaste afspraken met de buren',
  'een eigen laptop voor elk kind',
  'rust in het hoofd',
  'werk dichter bij huis',
  'een groen plein',
  'zorg via het scherm',
  'een luisterend oor',
  'een betaalbare woning',
];
const TAILS = [
  'in het voorjaar van 2021.',
  'tijdens de lockdown.',
  'aan de dialoogtafel.',
  'toen de scholen dicht waren.',
  'na maanden thuiswerken.',
  'samen met anderen uit de wijk.',
  'zonder dat iemand erom vroeg.',
  'en wil dat graag houden.',
];

/** One plain Dutch sentence. */
export function sentence(random: () => number): string {
  return `${pickOne(random, SUBJECTS)} ${pickOne(random, VERBS)} ${pickOne(random, OBJECTS)} ${pickOne(random, TAILS)}`;
}

/** A paragraph of `count` sentences. */
export function paragraph(random: () => number, count: number): string {
  return Array.from({ length: count }, () => sentence(random)).join(' ');
}

const TITLE_WORDS = [
  'buurt',
  'school',
  'werk',
  'zorg',
  'plein',
  'laptop',
  'moestuin',
  'bus',
  'markt',
  'kantine',
  'bieb',
  'sportveld',
  'fiets',
  'keuken',
  'zolder',
  'balkon',
];
const TITLE_OPENINGS = [
  'Samen rond de',
  'Een nieuwe',
  'Weer naar de',
  'Alleen met de',
  'Hulp bij de',
  'Ruimte voor de',
  'Terug naar de',
  'Een andere',
];

/** A story title that is unique for `index` (the number keeps slugs apart). */
export function storyTitle(random: () => number, index: number): string {
  return `${pickOne(random, TITLE_OPENINGS)} ${pickOne(random, TITLE_WORDS)} ${index + 1}`;
}

export { slugify } from '../../src/model/slug.ts';
