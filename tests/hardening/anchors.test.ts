import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCsv } from '../../src/model/csv-content.ts';
import { loadEntries } from '../../src/model/load-content.ts';
import { listAnchors } from '../../src/check/routes.ts';
import { headingAnchors } from '../../src/markdown/check-markup.ts';
import { assertBuilt, DIST } from '../support/dist.ts';

/**
 * `npm run check` (and so the build) refuses links to anchors it does not know. It knows them
 * from the content, without building: this holds that knowledge against the built default site,
 * so the check can never accept an anchor the page lacks or refuse one it has.
 */
describe('anchors content may link to', () => {
  it('exist on the built pages, every one of them', () => {
    assertBuilt();
    const contentDir = path.resolve('content');
    const { entries } = loadEntries(contentDir);
    const tables = loadCsv(contentDir, 'tables');
    const anchors = listAnchors(
      entries.map((entry) => ({
        collection: entry.collection,
        id: entry.id,
        headings: /\.mdx?$/.test(entry.absoluteFile)
          ? headingAnchors(readFileSync(entry.absoluteFile, 'utf8'), entry.absoluteFile.endsWith('.mdx') ? 'mdx' : 'md')
          : [],
      })),
      tables.rows.map((row) => row.data.id),
    );
    let checked = 0;
    for (const [route, ids] of anchors) {
      const html = readFileSync(path.join(DIST, route, 'index.html'), 'utf8');
      const present = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
      for (const id of ids) {
        expect(present.has(id), `${route}#${id}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked, 'tables, questions, chapters, charts and headings').toBeGreaterThan(100);
  });
});
