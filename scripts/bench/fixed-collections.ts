import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { paragraph, pickSome } from './words.ts';

/** A generated theme: what the other collections need to refer to it. */
export interface Theme {
  slug: string;
  title: string;
  colour: string;
}

const TRACKS = ['burgers', 'middenveld', 'wetenschap', 'bestuur'];

/** YAML front matter from plain values; JSON strings and arrays are valid YAML. */
function frontMatter(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields).map(([key, value]) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? `${key}:\n${Object.entries(value)
          .map(([sub, subValue]) => `  ${sub}: ${JSON.stringify(subValue)}`)
          .join('\n')}`
      : `${key}: ${JSON.stringify(value)}`,
  );
  return `---\n${lines.join('\n')}\n---\n`;
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

/**
 * Writes everything except stories, tables and ideas: site settings, themes, six insights,
 * eight chapters, three visuals, FAQ and the three plain pages. Sizes are those of the
 * default site, so only the large collections grow with the benchmark size.
 */
export function writeFixedCollections(dir: string, themes: Theme[], tableIds: string[], random: () => number): void {
  write(
    dir,
    'site.yaml',
    [
      'name: Oogst benchmark',
      'tagline: Wat is jouw idee voor de benchmark?',
      'description: Een gegenereerde oogst om de bouwtijd en het gewicht van Oogst te meten; alle inhoud is voorbeeld.',
      'baseUrl: https://bench.example.nl',
      'organisation:\n  name: Voorbeeldministerie\n  url: https://www.example.nl',
      'closedOn: 2021-10-29',
      'palette:\n  primary: "#1b3a6b"\n  accent: "#f5b700"',
      'hashtags: [OogstBenchmark]',
      'contact:\n  email: info@example.nl',
    ].join('\n') + '\n',
  );
  const slugs = themes.map((theme) => theme.slug);
  themes.forEach((theme, index) => {
    const related = slugs.filter((slug) => slug !== theme.slug).slice(0, 2);
    write(
      dir,
      `themes/${theme.slug}.md`,
      frontMatter({
        title: theme.title,
        shortTitle: theme.title,
        summary: `Alles wat aan de tafels over ${theme.title.toLowerCase()} werd gezegd, als voorbeeld.`,
        colour: theme.colour,
        order: index + 1,
        group: index < themes.length / 2 ? 'start' : 'herstel',
        cardHeadline: `Wat vind jij van ${theme.title.toLowerCase()}?`,
        related,
      }) + `${paragraph(random, 5)}\n\n${paragraph(random, 4)}\n`,
    );
  });
  const visuals = writeVisuals(dir, slugs);
  const insightSlugs = Array.from({ length: 6 }, (_, index) => `inzicht-${index + 1}`);
  insightSlugs.forEach((slug, index) =>
    write(
      dir,
      `insights/${slug}.mdx`,
      frontMatter({
        title: `Inzicht ${index + 1} van de voorbeelddialoog`,
        number: index + 1,
        summary: 'Een samenvatting van een inzicht uit de gegenereerde dialoog, alleen voor de benchmark.',
        plainSummary: 'Dit is een korte uitleg in eenvoudige taal. De tekst is gemaakt voor een test.',
        date: '2021-05-26',
        themes: pickSome(random, slugs, 3),
        keyQuote: { text: 'Samen kwamen we verder dan alleen.', attribution: 'deelnemer (voorbeeldcitaat)', example: true },
        visuals: visuals.slice(0, 2),
        tracks: TRACKS.slice(0, 3),
        tables: pickSome(random, tableIds, 4),
      }) + `## Wat we zagen\n\n${paragraph(random, 6)}\n\n## Wat het betekent\n\n${paragraph(random, 5)}\n`,
    ),
  );
  for (let index = 0; index < 8; index++) {
    write(
      dir,
      `chapters/hoofdstuk-${index + 1}.mdx`,
      frontMatter({
        order: index + 1,
        title: `Hoofdstuk ${index + 1} van het voorbeeldperspectief`,
        shortTitle: `Hoofdstuk ${index + 1}`,
        summary: 'Een hoofdstuk van het gegenereerde eindproduct, alleen voor de benchmark.',
        plainSummary: 'Dit hoofdstuk vertelt in korte zinnen wat de tafels vonden. Het is een voorbeeld.',
        themes: pickSome(random, slugs, 2),
        insights: [insightSlugs[index % insightSlugs.length]!],
        tracks: TRACKS,
        tables: pickSome(random, tableIds, 3),
      }) +
        [1, 2, 3].map((part) => `## Deel ${part}\n\n${paragraph(random, 6)}`).join('\n\n') +
        '\n',
    );
  }
  for (let index = 0; index < 6; index++) {
    write(
      dir,
      `faq/vraag-${index + 1}.md`,
      frontMatter({ question: `Voorbeeldvraag nummer ${index + 1}?`, order: index + 1 }) + `${paragraph(random, 3)}\n`,
    );
  }
  for (const [slug, title] of [
    ['over', 'Over deze site'],
    ['toegankelijkheid', 'Toegankelijkheid'],
    ['privacy', 'Privacy'],
  ] as const) {
    write(
      dir,
      `pages/${slug}.mdx`,
      frontMatter({ title, description: `${title} van de gegenereerde benchmarksite van Oogst.`, updated: '2021-10-29' }) +
        `## ${title}\n\n${paragraph(random, 6)}\n`,
    );
  }
}

/** Three visuals: two counted from the site's own tables and ideas, one from a CSV beside its spec. */
function writeVisuals(dir: string, themeSlugs: string[]): string[] {
  const common = { source: 'Gegenereerde benchmarkdata', example: true };
  const specs: Record<string, string> = {
    'deelname-per-spoor': [
      'title: Deelnemers per spoor',
      'type: bar',
      'alt: Per spoor het aantal deelnemers aan de gegenereerde dialoogtafels.',
      'caption: Aantal deelnemers per spoor in de gegenereerde dialoog.',
      'data:\n  from: tables\n  groupBy: [track]\n  sum: participants',
      'encoding:\n  label: track\n  value: participants',
    ].join('\n'),
    'ideeen-per-thema': [
      'title: Bijdragen per thema',
      'type: stacked-bar',
      'alt: Per thema het aantal bijdragen, verdeeld naar soort.',
      'caption: Bijdragen van de gegenereerde tafels per thema en soort.',
      'data:\n  from: ideas\n  groupBy: [theme, kind]',
      'encoding:\n  label: theme\n  series: kind\n  value: aantal',
      'sort: value-desc',
    ].join('\n'),
    'tafels-per-maand': [
      'title: Tafels per maand',
      'type: line',
      'alt: Het aantal gegenereerde tafels per maand van februari tot en met mei.',
      'caption: Aantal gegenereerde dialoogtafels per maand.',
      'data:\n  file: tafels-per-maand.csv',
      'encoding:\n  x: maand\n  value: tafels',
    ].join('\n'),
  };
  for (const [slug, spec] of Object.entries(specs)) {
    write(
      dir,
      `visuals/${slug}.yaml`,
      `${spec}\nsource: ${common.source}\nexample: true\nthemes: ${JSON.stringify(themeSlugs.slice(0, 2))}\n`,
    );
  }
  write(dir, 'visuals/tafels-per-maand.csv', 'maand,tafels\n2021-02,18\n2021-03,24\n2021-04,22\n2021-05,16\n');
  return Object.keys(specs);
}
