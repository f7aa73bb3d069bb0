import type { GetStaticPathsOptions } from 'astro';
import { getHarvest } from '../data/harvest.ts';
import { keyedPaths } from '../incremental/keyed-paths.ts';
import { ENTRY_PATHS } from './entry-paths.ts';
import { LIST_PATHS } from './list-paths.ts';

/**
 * How the pages of each dynamic kind of the page registry (src/data/page-kinds.ts) are listed from
 * the harvest, by the kind's name. The registry says where a kind's pages are (its route and the
 * site paths the check accepts as links); this table says what each of them gets (params, props),
 * and pathsFor adds the cache key the registry's keyedBy asks for.
 */
export const PAGE_PATHS = { ...ENTRY_PATHS, ...LIST_PATHS };

/** The name of a kind whose pages a route lists. */
export type ListedKind = keyof typeof PAGE_PATHS;
type Listed<Name extends ListedKind> = Awaited<ReturnType<(typeof PAGE_PATHS)[Name]>>[number];

/**
 * A route's getStaticPaths: the pages of the given kinds (a route with two kinds, as the
 * follow-up filters by status and by theme, names both), each with the cache key of its kind.
 * A page says only `export const getStaticPaths = pathsFor('story') satisfies GetStaticPaths;`.
 */
export function pathsFor<Name extends ListedKind>(...names: Name[]) {
  return async ({ paginate }: GetStaticPathsOptions) => {
    const harvest = await getHarvest();
    const lists = await Promise.all(
      names.map(async (name) => keyedPaths(name, (await PAGE_PATHS[name](harvest, paginate)) as Listed<Name>[])),
    );
    return lists.flat();
  };
}
