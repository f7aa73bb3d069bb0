import { buildContext } from 'virtual:oogst/build-context';
import { getHarvest } from '../data/harvest.ts';
import { pageKindNamed } from '../data/page-kinds.ts';
import { harvestDigests, pageCacheKey } from './page-keys.ts';

/** One entry of getStaticPaths. */
interface StaticPath {
  params: Record<string, string | number | undefined>;
  props?: Record<string, unknown>;
}

/**
 * The entries of a page's getStaticPaths with the cache key its kind in the page registry
 * (src/data/page-kinds.ts) asks for, so Astro's incremental build can reuse the page when neither
 * its data nor its code changed. Without the incremental build (the build context says so), in
 * the dev server, or for a kind the registry does not key, the entries go through unchanged.
 */
export async function keyedPaths<Path extends StaticPath>(kindName: string, paths: Path[]): Promise<(Path & { cacheKey?: string })[]> {
  const kind = pageKindNamed(kindName);
  if (!buildContext.incrementalBuild || buildContext.command !== 'build' || !kind.keyedBy) return paths;
  const digests = harvestDigests(await getHarvest(), buildContext);
  return paths.map((path) => ({ ...path, cacheKey: pageCacheKey(kind, digests, path)! }));
}
