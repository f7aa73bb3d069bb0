import { decodeEntities, htmlText, readAttribute } from './html-text.ts';

/** What the index needs to know about one harvested idea on a theme page. */
export interface IdeaOnPage {
  /** Anchor of the idea's list item, so a result jumps straight to it. */
  id: string;
  text: string;
  /** Label of the kind (Knelpunt, Kiem, Idee), as the page shows it. */
  kind: string;
  /** Title of the theme the idea belongs to. */
  theme: string;
  /** Labels of the track and region of the table the idea came from, when the page gives them. */
  track?: string;
  region?: string;
  /** The example label ("Voorbeeld") when the idea or its table is illustrative; it travels into the search record. */
  example?: string;
}

/**
 * A list item the theme page marked as an idea: `<li id="…" data-idea-kind="…" data-idea-theme="…">`.
 * Quoted values may hold ">" (a theme title with markup in it), so attributes are read quote-aware.
 */
const IDEA_ITEM = /<li\b((?:[^>"]|"[^"]*")*\sdata-idea-kind="[^"]*"(?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/li>/g;

/** Finds the ideas a built theme page lists, with their anchor, kind and theme. */
export function findIdeas(html: string): IdeaOnPage[] {
  return [...html.matchAll(IDEA_ITEM)].map(([, attributes = '', inner = '']) => {
    const id = readAttribute(attributes, 'id');
    const kind = readAttribute(attributes, 'data-idea-kind');
    const theme = readAttribute(attributes, 'data-idea-theme');
    if (!id || !kind || !theme) {
      throw new Error(`Een idee op een themapagina mist id, data-idea-kind of data-idea-theme: ${attributes.trim()}`);
    }
    const track = readAttribute(attributes, 'data-idea-track');
    const region = readAttribute(attributes, 'data-idea-region');
    const example = readAttribute(attributes, 'data-idea-example');
    return {
      id,
      kind,
      theme,
      ...(track && { track }),
      ...(region && { region }),
      ...(example && { example }),
      text: decodeEntities(htmlText(inner)),
    };
  });
}

/**
 * Ideas that share a search record: one theme page, one kind, one track and one region.
 * A large harvest has tens of thousands of one-line ideas; as records of their own they
 * fill Pagefind's metadata, filters and fragment files with tiny pages, and each, being
 * short, outranks the pages that are about the word searched for. Grouped this way every
 * filter still holds for every idea in a record (a group is never half "Knelpunt").
 */
export interface IdeaGroup {
  /** The theme page the ideas are listed on. */
  pageUrl: string;
  kind: string;
  theme: string;
  track?: string;
  region?: string;
  /** The example label when the ideas are illustrative; a group is never half an example. */
  example?: string;
  ideas: IdeaOnPage[];
}

/**
 * At most this many ideas in one record, so a result's fragment (which carries the record's
 * text) stays small however many ideas one kind of table had about a theme: 48 one-line ideas
 * are about 1.5 KB gzip. Every record costs the first search its line in Pagefind's metadata
 * and the site a fragment file: at the bench's 20,000 ideas, 12 a record made 2,377 records,
 * 48 makes 1,549 (one per theme, kind, track and region, which the filters need apart).
 */
export const MAX_IDEAS_PER_RECORD = 48;

/** The ideas of one theme page in groups of the same kind, track and region, in page order. */
export function groupIdeas(ideas: readonly IdeaOnPage[], pageUrl: string, limit = MAX_IDEAS_PER_RECORD): IdeaGroup[] {
  const open = new Map<string, IdeaGroup>();
  const groups: IdeaGroup[] = [];
  for (const idea of ideas) {
    const key = JSON.stringify([idea.kind, idea.theme, idea.track ?? '', idea.region ?? '', idea.example ?? '']);
    let group = open.get(key);
    if (!group || group.ideas.length >= limit) {
      group = {
        pageUrl,
        kind: idea.kind,
        theme: idea.theme,
        ...(idea.track && { track: idea.track }),
        ...(idea.region && { region: idea.region }),
        ...(idea.example && { example: idea.example }),
        ideas: [],
      };
      open.set(key, group);
      groups.push(group);
    }
    group.ideas.push(idea);
  }
  return groups;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);

/**
 * The HTML Pagefind indexes for a group: one record that points at its first idea, filed
 * under type, theme, track, region and kind like every other result. Every idea is a
 * heading with its own anchor, so Pagefind lists the ideas that match as sub-results that
 * jump straight to them; their weight is set to that of plain text, or every idea would
 * count as a heading. `text` gives the indexed form of an idea's text (compounds marked).
 */
export function ideaGroupHtml(group: IdeaGroup, typeLabel: string, text: (idea: IdeaOnPage) => string = (idea) => idea.text): string {
  const filter = (name: string, value: string | undefined) =>
    value ? `<span data-pagefind-filter="${name}:${escape(value)}"></span>` : '';
  return [
    '<html lang="nl"><body><main data-pagefind-body>',
    // The title is searchable text: the kind only, so a theme word does not pull in every idea of that theme;
    // an example says so in its title and in the herkomst filter, as every example page does.
    `<span data-pagefind-meta="title:${escape(group.example ? `${group.kind} (${group.example.toLowerCase()})` : group.kind)}"></span>`,
    filter('type', typeLabel),
    filter('herkomst', group.example),
    filter('thema', group.theme),
    filter('spoor', group.track),
    filter('regio', group.region),
    filter('soort', group.kind),
    ...group.ideas.map((idea) => `<h3 id="${escape(idea.id)}" data-pagefind-weight="1">${escape(text(idea))}</h3>`),
    '</main></body></html>',
  ].join('\n');
}

/** Where a group's record points: its first idea on the theme page. */
export function ideaGroupUrl(group: IdeaGroup): string {
  return `${group.pageUrl}#${group.ideas[0]!.id}`;
}
