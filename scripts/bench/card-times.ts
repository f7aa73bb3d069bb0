import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from './parse-log.ts';

/**
 * Median wall time to draw one card size, from the card cache: the cards integration writes
 * each PNG as it is drawn by one of (at most) two workers, so the interval between writes
 * times the number of workers is the time per card. Undefined with fewer than three cards.
 */
export function medianCardMsFromCache(cacheDir: string, since: number): number | undefined {
  if (!existsSync(cacheDir)) return undefined;
  const times = readdirSync(cacheDir)
    .filter((name) => name.endsWith('.png'))
    .map((name) => statSync(path.join(cacheDir, name)).mtimeMs)
    .filter((time) => time >= since)
    .sort((a, b) => a - b);
  if (times.length < 3) return undefined;
  const workers = Math.min(2, os.availableParallelism());
  return median(times.slice(1).map((time, index) => time - times[index]!))! * workers;
}
