import { execFileSync } from 'node:child_process';

/** Where a build's date came from, so logs can say it. */
export interface BuildDate {
  date: Date;
  source: 'SOURCE_DATE_EPOCH' | 'git' | 'fallback';
}

/**
 * The date a build stands for, never the wall clock, so two builds of one commit are identical:
 * `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds.org convention) when set, else the time of
 * the last git commit, else `fallback` (e.g. the newest date in the content).
 */
export function resolveBuildDate(
  env: NodeJS.ProcessEnv,
  fallback: Date,
  readGitTime: () => string | undefined = lastCommitTime,
): BuildDate {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH moet een aantal seconden sinds 1970 zijn (gevonden: "${epoch}")`);
    return { date: new Date(Number(epoch) * 1000), source: 'SOURCE_DATE_EPOCH' };
  }
  const git = readGitTime();
  if (git && /^\d+$/.test(git)) return { date: new Date(Number(git) * 1000), source: 'git' };
  return { date: fallback, source: 'fallback' };
}

/** Seconds since 1970 of HEAD's commit, or undefined outside a git checkout. */
function lastCommitTime(): string | undefined {
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The build date of a site: without SOURCE_DATE_EPOCH or git, the closing date of the dialogue
 * is the newest date the settings know. security.txt, the web archive, the catalogue and the
 * accessibility statement all use this one date.
 */
export function siteBuildDate(site: { closedOn?: Date | string | undefined }, env: NodeJS.ProcessEnv = process.env): BuildDate {
  const fallback = site.closedOn ? new Date(site.closedOn) : new Date(Date.UTC(2000, 0, 1));
  return resolveBuildDate(env, fallback);
}
