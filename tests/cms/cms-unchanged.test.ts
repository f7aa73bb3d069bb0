import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CMS_FOLDER_COLLECTIONS } from '../../src/cms/cms-collections.ts';
import { useCmsWithContent } from './cms-harness.ts';

/** Every entry of the default content the CMS edits, as collection and slug. */
const ENTRIES = CMS_FOLDER_COLLECTIONS.flatMap((collection) =>
  readdirSync(path.join('content', collection.folder))
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .map((name) => ({ collection: collection.name, slug: name.replace(/\.mdx?$/, '') })),
);

describe('opening an entry in the CMS changes nothing', () => {
  const cms = useCmsWithContent();

  /** The entries on which "Opslaan" is active right after opening. */
  async function activeAfterOpening(entries: typeof ENTRIES): Promise<string[]> {
    const { page, url } = cms;
    const active: string[] = [];
    for (const { collection, slug } of entries) {
      await page.goto(`${url}/admin/#/collections/${collection}/entries/${slug}`);
      const save = page.getByRole('button', { name: 'Opslaan' });
      await save.waitFor();
      // The form fills its fields a moment after it shows; give it that moment before asking.
      await page.waitForTimeout(400);
      if (await save.isEnabled()) active.push(`${collection}/${slug}`);
    }
    return active;
  }

  it('finds "Opslaan" inactive on every entry of the default content', async () => {
    expect(ENTRIES.length).toBeGreaterThan(45);
    const started = performance.now();
    expect(await activeAfterOpening(ENTRIES)).toEqual([]);
    console.log(`${ENTRIES.length} items geopend in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    expect(cms.errors.filter((e) => !/status of 404|\/images\//.test(e))).toEqual([]);
  }, 400_000);
});
