import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Mean wall time to draw one card size, from the card cache: each PNG is written as one of (at
 * most) two workers finishes it, so the span of write times divided by the cards, times the
 * workers, is the time per card. Writes come in bursts (the main thread handles finished cards
 * between pages), so single intervals say little and the mean over the span is used.
 * Undefined with fewer than three cards.
 */
export function meanCardMsFromCache(cacheDir: string, since: number): number | undefined {
  if (!existsSync(cacheDir)) return undefined;
  const times = readdirSync(cacheDir)
    .filter((name) => name.endsWith('.png'))
    .map((name) => statSync(path.join(cacheDir, name)).mtimeMs)
    .filter((time) => time >= since)
    .sort((a, b) => a - b);
  if (times.length < 3) return undefined;
  const workers = Math.min(2, os.availableParallelism());
  return ((times.at(-1)! - times[0]!) / (times.length - 1)) * workers;
}
