import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateHarvest } from '../../scripts/bench/generate.ts';
import { COLLECTION_NAMES } from '../collections/collection-table.ts';
import { readContentModel } from './content-model.ts';
import { filledCollections } from './filled-collections.ts';

const folder = mkdtempSync(path.join(os.tmpdir(), 'oogst-filled-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('filledCollections', () => {
  it('names every collection of the default site, which has entries in each', () => {
    expect(filledCollections(readContentModel(path.resolve('content')))).toEqual(COLLECTION_NAMES);
  });

  it('leaves out the collections a valid harvest has no entries for (the bench harvest: no sources, no follow-ups)', () => {
    generateHarvest(folder, { stories: 3, ideas: 8, tables: 2, themes: 2 });
    const filled = filledCollections(readContentModel(folder));
    expect(COLLECTION_NAMES.filter((name) => !filled.includes(name))).toEqual(['sources', 'followups']);
  });
});
