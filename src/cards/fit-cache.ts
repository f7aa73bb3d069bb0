import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { codeFingerprint } from '../config/code-fingerprint.ts';
import type { CardBrand, CardSize, CardSpec, CardWarning } from './card-types.ts';
import { hashCardFonts, loadCardFonts, textFamilyList } from './fonts.ts';
import { createTextMeasurer } from './measure.ts';
import { drawCard } from './templates/index.ts';
import type { DrawContext } from './templates/tree.ts';

/** What laying out cards costs and saves: for the check's log and the tests. */
export interface CardFitStats {
  laidOut: number;
  cached: number;
}

/** Lays out card texts with the templates, without drawing, and remembers the warnings of each card by its content. */
export interface CardFitter {
  /** The warnings (cut text, missing glyphs) of one card in one size: from the cache, or laid out now. */
  warningsOf(card: CardSpec, brand: CardBrand, size: CardSize): CardWarning[];
  /** Writes what was laid out to the cache folder (when anything changed) and forgets entries no longer asked for. */
  save(): void;
  stats(): CardFitStats;
}

/**
 * A digest of what shapes a card's layout besides its own data: the template modules (followed
 * from templates/index.ts) and the font files. Another layout code or font gives another file.
 */
function hashLayoutInputs(root: string): string {
  return codeFingerprint(root, ['src/cards/templates/index.ts'], ['fit-v1', hashCardFonts(root)]).slice(0, 32);
}

/**
 * The text layout of `npm run check` and the build's content gate (src/check/card-fit.ts) lays
 * out every card in every size: seconds at thousands of stories. The warnings of each card depend
 * only on its drawn data, its brand and its size, so they are kept in one JSON file per layout
 * code and fonts in `<card cache>/fit/`, keyed by a digest of that data: a build whose content did
 * not change lays out nothing. `cacheDir` is the card cache folder of the build context
 * (src/config/build-context.ts); undefined: no cache (every card is laid out).
 */
export function openCardFitter(root: string, cacheDir: string | undefined): CardFitter {
  const fonts = loadCardFonts(root);
  let warnings: CardWarning[] = [];
  const context: DrawContext = {
    measurer: createTextMeasurer(fonts),
    families: textFamilyList(fonts),
    embedSvg: () => '',
    warn: (warning) => warnings.push(warning),
  };
  const folder = cacheDir === undefined ? undefined : path.join(cacheDir, 'fit');
  const file = folder === undefined ? undefined : path.join(folder, `${hashLayoutInputs(root)}.json`);
  let known: Record<string, CardWarning[]> = {};
  if (file !== undefined && existsSync(file)) {
    try {
      known = JSON.parse(readFileSync(file, 'utf8')) as Record<string, CardWarning[]>;
    } catch {
      // A damaged file (a stopped write) only costs a new layout.
      known = {};
    }
  }
  const used: Record<string, CardWarning[]> = {};
  const counts = { laidOut: 0, cached: 0 };
  return {
    warningsOf(card, brand, size) {
      // Where the entry's file is only goes into messages: a moved content folder keeps its layouts.
      const { source: _source, ...drawn } = card;
      const key = createHash('sha256')
        .update(JSON.stringify([drawn, brand, size]))
        .digest('base64url')
        .slice(0, 27);
      const hit = known[key];
      if (hit !== undefined) {
        counts.cached++;
        used[key] = hit;
        return hit;
      }
      warnings = [];
      drawCard(card, brand, size, context);
      counts.laidOut++;
      used[key] = warnings;
      return warnings;
    },
    save() {
      if (folder === undefined || file === undefined) return;
      const stale = Object.keys(known).some((key) => !(key in used));
      if (counts.laidOut === 0 && !stale) return;
      mkdirSync(folder, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(used));
      renameSync(temporary, file);
      // Layouts of older template code or fonts are of no use any more.
      for (const name of readdirSync(folder))
        if (name.endsWith('.json') && path.join(folder, name) !== file) rmSync(path.join(folder, name), { force: true });
    },
    stats: () => ({ ...counts }),
  };
}
