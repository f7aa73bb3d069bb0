import type { CustomRecord } from 'pagefind';
import { decodeEntities, htmlText, readAttribute } from './html-text';

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
    return { id, kind, theme, ...(track && { track }), ...(region && { region }), text: decodeEntities(htmlText(inner)) };
  });
}

/**
 * Turns an idea into its own search record that points at its anchor on the theme page,
 * filterable by type, theme, track, region and kind like every other result.
 */
export function toIdeaRecord(idea: IdeaOnPage, pageUrl: string, typeLabel: string, content = idea.text): CustomRecord {
  return {
    url: `${pageUrl}#${idea.id}`,
    content,
    language: 'nl',
    // The title is searchable text: the kind only, so a theme word does not pull in every idea of that theme.
    meta: { title: idea.kind },
    filters: {
      type: [typeLabel],
      thema: [idea.theme],
      ...(idea.track && { spoor: [idea.track] }),
      ...(idea.region && { regio: [idea.region] }),
      soort: [idea.kind],
    },
  };
}
