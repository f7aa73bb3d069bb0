import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CMS_FOLDER_COLLECTIONS, CMS_SITE_SETTINGS } from '../../src/cms/cms-collections.ts';
import { openCmsWithContent, settled, useCmsWithContent } from './cms-harness.ts';

/** Every entry of the default content the CMS edits, as collection and slug, and the site settings. */
const ENTRIES = [
  ...CMS_FOLDER_COLLECTIONS.flatMap((collection) =>
    readdirSync(path.join('content', collection.folder))
      .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
      .map((name) => ({ collection: collection.name, slug: name.replace(/\.mdx?$/, '') })),
  ),
  { collection: '_singletons', slug: CMS_SITE_SETTINGS.name },
];

describe('opening an entry in the CMS changes nothing', () => {
  const cms = useCmsWithContent();

  /**
   * Sessions of the CMS that open entries side by side, each in a browser context (a window) of
   * its own: most of opening one is waiting for the page. Not tabs of one window: a tab behind
   * another draws its frames about once a second, and the form draws its fields in frames.
   */
  const SESSIONS = 3;

  /** The entries on which "Opslaan" is active right after opening, and the errors of the extra sessions. */
  async function activeAfterOpening(entries: typeof ENTRIES): Promise<{ active: string[]; errors: string[] }> {
    const { page, url } = cms;
    const more = await Promise.all(Array.from({ length: SESSIONS - 1 }, () => openCmsWithContent(cms.browser, url)));
    const active: string[] = [];
    const queue = [...entries];
    await Promise.all(
      [page, ...more.map((open) => open.page)].map(async (session) => {
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          const { collection, slug } = entry;
          await session.goto(`${url}/admin/#/collections/${collection}/entries/${slug}`);
          const save = session.getByRole('button', { name: 'Opslaan' });
          await save.waitFor();
          // The form fills its fields over a few frames after it shows: ask once it has stopped changing.
          await settled(session);
          if (await save.isEnabled()) active.push(`${collection}/${slug}`);
        }
      }),
    );
    await Promise.all(more.map((open) => open.page.close()));
    return { active: active.sort(), errors: more.flatMap((open) => open.errors) };
  }

  it('finds "Opslaan" inactive on every entry of the default content', async () => {
    expect(ENTRIES.length).toBeGreaterThan(45);
    const started = performance.now();
    const { active, errors } = await activeAfterOpening(ENTRIES);
    expect(active).toEqual([]);
    console.log(`${ENTRIES.length} items geopend in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    expect([...cms.errors, ...errors].filter((e) => !/status of 404|\/images\//.test(e))).toEqual([]);
  }, 400_000);
});
