import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRandom, paragraph, pickOne, pickSome, sentence, slugify, storyTitle } from './words.ts';
import { KINDS, REGIONS, TRACKS } from '../../src/schemas/shared.ts';
import { writeFixedCollections, type Theme } from './fixed-collections.ts';

/** How big the synthetic harvest is. */
export interface HarvestSize {
  stories: number;
  ideas: number;
  tables: number;
  themes: number;
}

/** The sizes the issue asks for: a large dialogue, bigger than the real one. */
export const DEFAULT_SIZE: HarvestSize = { stories: 5000, ideas: 20000, tables: 80, themes: 12 };

// Dark enough for white text (4.5:1), as the theme schema asks of editors.
const COLOURS = [
  '#1b3a6b',
  '#8a3b12',
  '#0b6e4f',
  '#6b2a7a',
  '#7a1f2b',
  '#1f5c7a',
  '#4a5a12',
  '#5c3d1e',
  '#2d4a8a',
  '#8a1f5c',
  '#3a5a40',
  '#5a3a7a',
];

/** What the generator wrote: the folder and the story slugs, so the runner can edit one. */
export interface GeneratedHarvest {
  dir: string;
  storySlugs: string[];
}

/** Writes a complete, valid content folder of the given size into `dir`. */
export function generateHarvest(dir: string, size: HarvestSize, seed = 2021): GeneratedHarvest {
  const random = createRandom(seed);
  const themes: Theme[] = Array.from({ length: size.themes }, (_, index) => ({
    slug: `thema-${String(index + 1).padStart(2, '0')}`,
    title: `Thema ${index + 1}`,
    colour: COLOURS[index % COLOURS.length]!,
  }));
  const themeSlugs = themes.map((theme) => theme.slug);
  const tableIds = Array.from({ length: size.tables }, (_, index) => `T${String(index + 1).padStart(3, '0')}`);
  writeFixedCollections(dir, themes, tableIds, random);
  writeFileSync(path.join(dir, 'tables.csv'), tablesCsv(tableIds, themeSlugs, random));
  writeFileSync(path.join(dir, 'ideas.csv'), ideasCsv(size.ideas, tableIds, themeSlugs, random));
  const storySlugs = writeStories(dir, size.stories, tableIds, themeSlugs, random);
  return { dir, storySlugs };
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A date in the dialogue's busy months, February to May 2021. */
function dialogueDate(random: () => number): string {
  const day = new Date(Date.UTC(2021, 1, 1) + Math.floor(random() * 119) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function tablesCsv(ids: string[], themeSlugs: string[], random: () => number): string {
  const rows = ids.map((id, index) =>
    [
      id,
      dialogueDate(random),
      TRACKS[index % TRACKS.length]!,
      pickOne(random, REGIONS),
      3 + Math.floor(random() * 28),
      pickSome(random, themeSlugs, 1 + Math.floor(random() * 3)).join(';'),
      `Voorbeeldtafel ${index + 1}`,
      'ja',
    ]
      .map(csvCell)
      .join(','),
  );
  return ['id,date,track,region,participants,themes,title,example', ...rows].join('\n') + '\n';
}

function ideasCsv(count: number, tableIds: string[], themeSlugs: string[], random: () => number): string {
  const rows = Array.from({ length: count }, () =>
    [pickOne(random, tableIds), pickOne(random, themeSlugs), pickOne(random, KINDS), sentence(random), 'ja'].map(csvCell).join(','),
  );
  return ['table,theme,kind,text,example', ...rows].join('\n') + '\n';
}

/** A small flat illustration, different per story, as editors would add beside the MDX. */
export function storySvg(random: () => number): string {
  const sky = pickOne(random, ['#dcebf5', '#f5ecdc', '#e4f5dc', '#f0e4f5']);
  const houses = Array.from({ length: 4 }, (_, index) => {
    const height = 140 + Math.floor(random() * 160);
    return `<rect x="${60 + index * 280}" y="${520 - height}" width="220" height="${height}" fill="${pickOne(random, COLOURS)}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675"><rect width="1200" height="675" fill="${sky}"/><rect y="520" width="1200" height="155" fill="#c9c2b3"/>${houses}<circle cx="1040" cy="120" r="60" fill="#f5b700"/></svg>\n`;
}

/** The MDX of one story: front matter valid against the story schema, and a plain Markdown body. */
export function storyMdx(fields: {
  title: string;
  date: string;
  themes: string[];
  table: string;
  slug: string;
  body: string;
  quote: string;
  track: string;
  region: string;
  kind: string;
}): string {
  const front = [
    `title: ${JSON.stringify(fields.title)}`,
    `date: ${fields.date}`,
    `kind: ${fields.kind}`,
    `track: ${fields.track}`,
    `region: ${fields.region}`,
    `themes: ${JSON.stringify(fields.themes)}`,
    `summary: ${JSON.stringify(`Een voorbeeldverhaal over ${fields.title.toLowerCase()}, geschreven voor de benchmark van Oogst.`)}`,
    `pullQuote: ${JSON.stringify(fields.quote)}`,
    'hero:',
    `  src: ./images/${fields.slug}.svg`,
    '  alt: "Vier gekleurde huizen in een straat onder een gele zon."',
    `table: ${fields.table}`,
    'example: true',
  ];
  return `---\n${front.join('\n')}\n---\n${fields.body}\n`;
}

function writeStories(dir: string, count: number, tableIds: string[], themeSlugs: string[], random: () => number): string[] {
  const storyDir = path.join(dir, 'stories');
  mkdirSync(path.join(storyDir, 'images'), { recursive: true });
  const slugs: string[] = [];
  for (let index = 0; index < count; index++) {
    const title = storyTitle(random, index);
    const slug = slugify(title);
    const body = [
      paragraph(random, 4),
      `## Wat er veranderde\n\n${paragraph(random, 5)}`,
      paragraph(random, 4),
      `> ${sentence(random)}`,
      paragraph(random, 3),
    ].join('\n\n');
    const mdx = storyMdx({
      title,
      slug,
      date: dialogueDate(random),
      kind: pickOne(random, KINDS),
      track: pickOne(random, TRACKS),
      region: pickOne(random, REGIONS),
      themes: pickSome(random, themeSlugs, 1 + Math.floor(random() * 3)),
      table: pickOne(random, tableIds),
      quote: sentence(random),
      body,
    });
    writeFileSync(path.join(storyDir, `${slug}.mdx`), mdx);
    writeFileSync(path.join(storyDir, 'images', `${slug}.svg`), storySvg(random));
    slugs.push(slug);
  }
  return slugs;
}

/**
 * Edits one story as an editor would: a new pull quote and an extra paragraph. The quote
 * is on the story's share card, so exactly that story's cards must be drawn again.
 */
export function editStory(dir: string, slug: string, stamp: string): void {
  const file = path.join(dir, 'stories', `${slug}.mdx`);
  const text = readFileSync(file, 'utf8').replace(
    /^pullQuote: .*$/m,
    `pullQuote: ${JSON.stringify(`Aangepast citaat voor de meting ${stamp}.`)}`,
  );
  writeFileSync(file, `${text}\nDeze alinea is toegevoegd bij de meting ${stamp}.\n`);
}
