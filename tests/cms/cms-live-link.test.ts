import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/t.ts';
import { settled, useCmsWithContent } from './cms-harness.ts';

const PUBLISHED = 'boodschappen-voor-de-straat';
const DRAFT = 'een-verhaal-in-concept';
const site = /^baseUrl: (\S+)$/m.exec(readFileSync('content/site.yaml', 'utf8'))?.[1] ?? '';

/**
 * Clicks "Bekijken op de live site" on an entry; what opened and what the CMS said. The guard
 * either opens the page or says why not, in the same call: the first of the two is the answer.
 */
async function viewOnLiveSite(page: Page, url: string, entry: string): Promise<{ opened: string[]; said: string[] }> {
  const opened: string[] = [];
  const said: string[] = [];
  let answered!: () => void;
  const answer = new Promise<void>((resolve) => (answered = resolve));
  const onPopup = (popup: Page) => void (opened.push(popup.url()), answered());
  const onDialog = (dialog: { message: () => string; dismiss: () => Promise<void> }) => {
    said.push(dialog.message());
    void dialog.dismiss();
    answered();
  };
  page.context().on('page', onPopup);
  page.on('dialog', onDialog);
  await page.goto(`${url}/admin/#/collections/stories/entries/${entry}`);
  await page.getByRole('button', { name: 'Opslaan' }).waitFor();
  await page.getByRole('button', { name: /Bekijken op de live site/ }).click();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    answer,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('Geen venster en geen melding na de klik')), 15_000))),
  ]).finally(() => clearTimeout(timer));
  // Whatever else the click set off has happened once the page is still.
  await settled(page);
  page.context().off('page', onPopup);
  page.off('dialog', onDialog);
  return { opened, said };
}

describe('"Bekijken op de live site" never leads to a page the live site does not have', () => {
  const published = readFileSync(`content/stories/${PUBLISHED}.mdx`, 'utf8');
  const draft = published.replace(/^title: .*$/m, 'title: Een verhaal in concept').replace(/^---\n/, '---\ndraft: true\n');
  const cms = useCmsWithContent({ extraFiles: { [`content/stories/${DRAFT}.mdx`]: { text: draft } } });

  beforeAll(async () => {
    // The live site is not reachable from the tests: whatever opens there is answered here.
    await cms.page.context().route(`${site}/**`, (route) => route.fulfill({ status: 200, body: 'live' }));
  });

  it('opens a published story on the live site', async () => {
    const { opened, said } = await viewOnLiveSite(cms.page, cms.url, PUBLISHED);
    expect(said).toEqual([]);
    expect(opened).toEqual([`${site}/verhalen/${PUBLISHED}/`]);
  }, 60_000);

  it('says in Dutch where to look instead for a draft, and opens nothing', async () => {
    const { opened, said } = await viewOnLiveSite(cms.page, cms.url, DRAFT);
    expect(opened).toEqual([]);
    expect(said).toEqual([t('cms.notOnLiveSite')]);
  }, 60_000);
});
