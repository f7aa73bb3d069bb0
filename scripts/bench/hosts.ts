/**
 * What the common static hosts accept, and which of them would refuse a built site.
 *
 * The limits, as the hosts document them (looked up 2026-11-28):
 * - Netlify: "While Netlify doesn't have a limit on the number of files per deploy, we do have a
 *   limit of 54,000 files per directory" (https://docs.netlify.com/site-deploys/overview/,
 *   "Files per directory limit"). Netlify documents no limit on the size of a site or a file.
 * - Cloudflare Pages: 20,000 files per site on the Free plan and 25 MiB per file
 *   (https://developers.cloudflare.com/pages/platform/limits/; the same figures quoted for Workers
 *   static assets in cloudflare/cloudflare-docs#18218). Paid plans may have 100,000 files since
 *   2026-01-23 (https://developers.cloudflare.com/changelog/ "Increased Pages file limit to 100,000
 *   for paid plans"); the check uses the Free plan's limit, the one every publisher has.
 * - GitHub Pages: "Published GitHub Pages sites may be no larger than 1 GB"
 *   (https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits), and
 *   GitHub refuses files larger than 100 MiB in a repository
 *   (https://docs.github.com/en/repositories/working-with-files/managing-large-files/about-large-files-on-github),
 *   which is what a site published from a branch is. GitHub does not say whether its GB is 10^9
 *   or 2^30 bytes; the check takes the smaller, 10^9.
 */

/** The limits one host sets on a deployed static site; a missing field is a limit the host does not set. */
export interface HostLimits {
  host: string;
  /** Files in the whole site. */
  maxFiles?: number;
  /** Files directly inside one folder. */
  maxFilesPerFolder?: number;
  /** Bytes of the whole site. */
  maxBytes?: number;
  /** Bytes of one file. */
  maxFileBytes?: number;
  /** Where the host documents these limits. */
  source: string;
}

const MiB = 2 ** 20;

export const HOST_LIMITS: readonly HostLimits[] = [
  { host: 'Netlify', maxFilesPerFolder: 54_000, source: 'https://docs.netlify.com/site-deploys/overview/' },
  {
    host: 'Cloudflare Pages',
    maxFiles: 20_000,
    maxFileBytes: 25 * MiB,
    source: 'https://developers.cloudflare.com/pages/platform/limits/',
  },
  {
    host: 'GitHub Pages',
    maxBytes: 1_000_000_000,
    maxFileBytes: 100 * MiB,
    source: 'https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits',
  },
];

/** The figures of a built site that the hosts limit. */
export interface OutputShape {
  files: number;
  bytes: number;
  largestFile: { path: string; bytes: number };
  fullestFolder: { path: string; files: number };
}

/** One host's verdict on a built site: whether it would take it and, if not, why. */
export interface HostVerdict {
  host: string;
  accepts: boolean;
  /** Each limit the site exceeds, e.g. "61,610 files > 20,000". */
  exceeded: string[];
}

const count = (value: number) => value.toLocaleString('en-US');
const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;

/** Checks a built site against every host's limits. */
export function checkHosts(shape: OutputShape, hosts: readonly HostLimits[] = HOST_LIMITS): HostVerdict[] {
  return hosts.map((limits) => {
    const exceeded: string[] = [];
    if (limits.maxFiles !== undefined && shape.files > limits.maxFiles)
      exceeded.push(`${count(shape.files)} files > ${count(limits.maxFiles)}`);
    if (limits.maxFilesPerFolder !== undefined && shape.fullestFolder.files > limits.maxFilesPerFolder)
      exceeded.push(
        `${count(shape.fullestFolder.files)} files in ${shape.fullestFolder.path}/ > ${count(limits.maxFilesPerFolder)} per folder`,
      );
    if (limits.maxBytes !== undefined && shape.bytes > limits.maxBytes)
      exceeded.push(`${count(shape.bytes)} bytes > ${count(limits.maxBytes)}`);
    if (limits.maxFileBytes !== undefined && shape.largestFile.bytes > limits.maxFileBytes)
      exceeded.push(`${shape.largestFile.path} is ${mib(shape.largestFile.bytes)} > ${mib(limits.maxFileBytes)} per file`);
    return { host: limits.host, accepts: exceeded.length === 0, exceeded };
  });
}

/** How a site grows with its harvest: files and bytes per story and fixed (scripts/bench/file-census.ts). */
export interface GrowthModel {
  stories: number;
  perStory: { files: number; bytes: number };
  fixed: { files: number; bytes: number };
  /** Of the fixed files, those that grow with the harvest all the same (list pages, idea fragments): counted as growing per story. */
  growing: { files: number; bytes: number };
  /** Folders holding story files: files per story (growing ones included) and fixed files in each. */
  folders: readonly { folder: string; perStory: number; fixed: number }[];
  /** The largest file that lists the whole harvest (card data, feeds …), taken to grow in proportion to it. */
  largestGrowing: { path: string; bytes: number };
  /** The largest other file, which stays as it is. */
  largestFixed: { path: string; bytes: number };
}

/** The largest harvest a host accepts by the growth model, and the limit that sets it. */
export interface HostCapacity {
  host: string;
  /** Stories, rounded down; undefined when no limit of the host grows with the harvest. */
  maxStories: number | undefined;
  limitedBy: string;
}

/**
 * The largest harvest each host accepts, extrapolated from one measured build: each limit less
 * the fixed part, divided by what a story adds with its share of the growing files (list pages,
 * idea fragments: ideas are taken to grow with the stories, as in the bench's harvests).
 */
export function largestHarvests(model: GrowthModel, hosts: readonly HostLimits[] = HOST_LIMITS): HostCapacity[] {
  const stories = Math.max(model.stories, 1);
  const perStory = {
    files: model.perStory.files + model.growing.files / stories,
    bytes: model.perStory.bytes + model.growing.bytes / stories,
  };
  const fixed = { files: model.fixed.files - model.growing.files, bytes: model.fixed.bytes - model.growing.bytes };
  return hosts.map((limits) => {
    const bounds: { stories: number; limit: string }[] = [];
    const bound = (limit: number, fixed: number, perStory: number, label: string) => {
      if (perStory > 0) bounds.push({ stories: Math.floor((limit - fixed) / perStory), limit: label });
    };
    if (limits.maxFiles !== undefined) bound(limits.maxFiles, fixed.files, perStory.files, `${count(limits.maxFiles)} files`);
    if (limits.maxBytes !== undefined) bound(limits.maxBytes, fixed.bytes, perStory.bytes, `${count(limits.maxBytes)} bytes`);
    if (limits.maxFilesPerFolder !== undefined)
      for (const folder of model.folders)
        bound(limits.maxFilesPerFolder, folder.fixed, folder.perStory, `${count(limits.maxFilesPerFolder)} files in ${folder.folder}/`);
    if (limits.maxFileBytes !== undefined && model.stories > 0) {
      const limit = `${mib(limits.maxFileBytes)} per file`;
      bound(limits.maxFileBytes, 0, model.largestGrowing.bytes / model.stories, `${limit} (${model.largestGrowing.path})`);
      if (model.largestFixed.bytes > limits.maxFileBytes) bounds.push({ stories: 0, limit: `${limit} (${model.largestFixed.path})` });
    }
    const tightest = bounds.sort((a, b) => a.stories - b.stories)[0];
    return {
      host: limits.host,
      maxStories: tightest ? Math.max(0, tightest.stories) : undefined,
      limitedBy: tightest?.limit ?? 'no limit',
    };
  });
}
