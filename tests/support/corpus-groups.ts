import path from 'node:path';

/**
 * What the broken-content corpus knows of a safe case when it plans which cases can share one
 * site build (tests/hardening/broken-content.test.ts): every safe case needs a whole `astro
 * build`, which costs about as much as the rest of the corpus together.
 */
export interface GroupableCase {
  name: string;
  /** Paths the case writes, relative to the content folder (its `content/` overlay). */
  writes: string[];
  /** Paths of site-minimal the case deletes (`remove`). */
  removes: string[];
  /** The text of every file the case writes and of site-minimal's own version of each path it writes. */
  texts: string[];
  /** The text of every file the case writes, only. */
  ownTexts: string[];
  /** What the case's assertions look for in pages: an other case's files must not hold it. */
  sought: string[];
}

/** Site-wide settings: a change to them reaches every page, so such a case never shares a build. */
const SITE_SETTINGS = 'site.yaml';

/** The largest group: a group whose build or assertions fail costs a build per member again. */
const MOST_PER_GROUP = 3;

/** Whether `a` is `b` or a folder above it (or the other way round). */
function overlaps(a: string, b: string): boolean {
  const [x, y] = [path.normalize(a), path.normalize(b)];
  return x === y || x.startsWith(`${y}${path.sep}`) || y.startsWith(`${x}${path.sep}`);
}

/** The text with HTML's entities for the characters markup escapes undone, as a source file would hold it. */
function unescaped(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
}

/**
 * Why a case builds alone whatever the others are: it changes the site-wide settings, or it
 * deletes part of site-minimal (an emptied collection is what such a case is about, and what
 * it deletes could hide an other case's content from the pages).
 */
export function buildsAlone(item: GroupableCase): string | undefined {
  if ([...item.writes, ...item.removes].some((file) => overlaps(file, SITE_SETTINGS))) return 'verandert site.yaml';
  if (item.removes.length > 0) return 'verwijdert een deel van site-minimal';
  return undefined;
}

/**
 * Why two cases cannot share a build, or undefined when they can: they write the same file (or
 * one writes inside a folder the other writes); one writes a file the other's files name, whose
 * pages would then show the wrong version or none (an image, a chart's CSV); or one case's
 * files hold a text the other's assertions look for, which that case's pages could then show.
 */
export function conflict(a: GroupableCase, b: GroupableCase): string | undefined {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const file of x.writes) {
      if (y.writes.some((other) => overlaps(file, other))) return `beide schrijven ${file}`;
      if (y.texts.some((text) => text.includes(path.basename(file)))) return `${y.name} noemt ${path.basename(file)}`;
    }
    for (const text of x.sought)
      if (y.ownTexts.some((own) => own.includes(text) || own.includes(unescaped(text)))) return `${y.name} bevat "${text}"`;
  }
  return undefined;
}

/**
 * Safe cases in groups that can share one build of site-minimal with all their changes: every
 * case that builds alone in a group of its own, the others (those with the most conflicts
 * first) each into the smallest group where it conflicts with no member, else a new one.
 * Deterministic: the same corpus gives the same groups.
 */
export function planBuildGroups(items: readonly GroupableCase[]): GroupableCase[][] {
  const alone = items.filter((item) => buildsAlone(item) !== undefined);
  const rest = items.filter((item) => buildsAlone(item) === undefined);
  const conflicts = new Map(rest.map((item) => [item.name, rest.filter((other) => other !== item && conflict(item, other)).length]));
  const ordered = [...rest].sort((a, b) => conflicts.get(b.name)! - conflicts.get(a.name)! || a.name.localeCompare(b.name));
  const groups: GroupableCase[][] = [];
  for (const item of ordered) {
    const fitting = groups.filter(
      (group) => group.length < MOST_PER_GROUP && group.every((member) => conflict(item, member) === undefined),
    );
    // The smallest group that takes it: a group whose build fails costs a build per member again.
    const fits = fitting.reduce<GroupableCase[] | undefined>(
      (best, group) => (best === undefined || group.length < best.length ? group : best),
      undefined,
    );
    if (fits) fits.push(item);
    else groups.push([item]);
  }
  return [...alone.map((item) => [item]), ...groups];
}

/**
 * One build shared by the cases of a group: made when the first member asks for it, removed when
 * the last member is done with it.
 */
export function sharedBuild<T>(members: number, make: () => Promise<T>, remove: (made: T) => void) {
  let made: Promise<T> | undefined;
  let left = members;
  return {
    result: (): Promise<T> => (made ??= make()),
    release: async (): Promise<void> => {
      left--;
      // A build that threw left nothing to remove.
      if (left === 0 && made !== undefined) await made.then(remove, () => undefined);
    },
  };
}
