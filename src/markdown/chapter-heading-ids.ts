import { slug } from 'github-slugger';

/** The parts of a Sätteri hast visitor context this plugin uses. */
interface VisitorContext {
  readonly fileURL: URL | undefined;
  setProperty(node: unknown, key: string, value: unknown): void;
}
interface ElementNode {
  tagName: string;
  properties?: Record<string, unknown>;
  children?: HastChild[];
}
interface HastChild {
  type: string;
  value?: string;
  children?: HastChild[];
}

/** The text of a heading, as the reader sees it. */
function textOf(nodes: readonly HastChild[] = []): string {
  return nodes.map((node) => (node.type === 'text' ? (node.value ?? '') : textOf(node.children))).join('');
}

/** The chapter slug of a content file, or undefined for files outside a chapters folder. */
export function chapterSlugOf(fileURL: URL | undefined): string | undefined {
  const match = fileURL ? /\/chapters\/(?:.*\/)?([^/]+)\.mdx?$/.exec(decodeURIComponent(fileURL.pathname)) : null;
  return match?.[1];
}

/** "inleiding" + "wat-dit-vraagt" → "inleiding--wat-dit-vraagt"; already prefixed ids stay as they are. */
export function prefixHeadingId(chapter: string, id: string): string {
  return id.startsWith(`${chapter}--`) ? id : `${chapter}--${id}`;
}

/**
 * A Sätteri hast plugin: headings in chapters get ids prefixed with the chapter's slug.
 * All chapters appear together on /eindproduct/alles/, where two chapters with the same
 * heading ("Wat dit vraagt") would otherwise share an id and break in-page links.
 */
export const chapterHeadingIdsPlugin = {
  name: 'oogst-chapter-heading-ids',
  element: {
    filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node: ElementNode, ctx: VisitorContext) {
      const chapter = chapterSlugOf(ctx.fileURL);
      if (!chapter) return;
      // Astro gives headings an id later and keeps one that is already there.
      const existing = node.properties?.id;
      const id = typeof existing === 'string' && existing !== '' ? existing : slug(textOf(node.children));
      if (id !== '') ctx.setProperty(node, 'id', prefixHeadingId(chapter, id));
    },
  },
};
