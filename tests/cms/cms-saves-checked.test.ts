import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMarkup } from '../../src/markdown/check-markup.ts';
import { readSavedFile, useCmsWithContent, useRichText } from './cms-harness.ts';

/** The hostile and awkward bodies of the broken-content corpus an editor could type or paste into the text editor. */
const CASES = [
  'mdx-script-element',
  'mdx-unbalanced-expression',
  'mdx-template-literal',
  'mdx-env-expression',
  'mdx-import-component',
  'mdx-syntax-error',
  'mdx-iframe',
  'mdx-form-element',
  'mdx-unknown-component',
  'mdx-mismatched-closing-tag',
  'mdx-jsx-javascript-link',
  'mdx-javascript-link',
  'mdx-expression-attribute',
  'mdx-visual-missing-id',
  'mdx-escaped-braces-safe',
];
const STORY = 'content/stories/boodschappen-voor-de-straat.mdx';
const VISUALS = new Set(
  readdirSync('content/visuals')
    .filter((n) => n.endsWith('.yaml') && !n.startsWith('_'))
    .map((n) => n.replace(/\.yaml$/, '')),
);

/** The last paragraphs of a corpus case's MDX file: what differs from an ordinary story. */
function caseText(name: string): string {
  const dir = path.join('tests/fixtures/broken', name, 'content/stories');
  const file = readdirSync(dir).find((n) => n.endsWith('.mdx')) ?? '';
  const body = readFileSync(path.join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.replace(/^In maart 2020 startte een bewoner een groepsapp voor de straat\.\n/, '').trim();
}

describe('what the CMS saves passes the check, or the CMS refuses it with the check’s message', () => {
  const cms = useCmsWithContent();

  async function openStory(): Promise<void> {
    await cms.page.goto(`${cms.url}/admin/#/collections/stories`);
    await cms.page.goto(`${cms.url}/admin/#/collections/stories/entries/boodschappen-voor-de-straat`);
    await cms.page
      .getByRole('button', { name: 'Opslaan' })
      .waitFor({ timeout: 30_000 })
      .catch(async (error: unknown) => {
        await cms.page.screenshot({ path: 'tests/cms-output/open-failed.png' });
        throw error;
      });
  }

  /** Saves; resolves to the refusal's text, or '' when the CMS saved. */
  async function save(): Promise<string> {
    const refused = cms.page.getByRole('alertdialog');
    const saved = cms.page.getByText('Item opgeslagen.');
    // The notice of the previous save must be gone, or it would answer for this one.
    await saved.waitFor({ state: 'hidden', timeout: 15_000 });
    await cms.page.getByRole('button', { name: 'Opslaan' }).click();
    await Promise.race([refused.waitFor({ timeout: 15_000 }), saved.waitFor({ timeout: 15_000 })]);
    if (!(await refused.isVisible())) return '';
    const text = await refused.innerText();
    await refused.getByRole('button').last().click();
    // Leave the refused draft, so the next input starts from the file as it is.
    await cms.page.getByRole('button', { name: 'Bewerken annuleren' }).click();
    return text;
  }

  it('keeps each input typed into the rich-text editor as text, or refuses it in the check’s words', async () => {
    const outcomes: string[] = [];
    for (const name of CASES) {
      const text = caseText(name);
      await openStory();
      const before = await readSavedFile(cms.page, STORY);
      const body = await useRichText(cms.page);
      await body.click();
      await cms.page.keyboard.press('Control+Home');
      for (const line of text.split('\n')) {
        await cms.page.keyboard.insertText(line);
        await cms.page.keyboard.press('Enter');
      }
      const refusal = await save();
      const after = await readSavedFile(cms.page, STORY);
      outcomes.push(`${name}: ${refusal ? 'geweigerd' : 'als tekst bewaard'}`);
      if (refusal) {
        // Refused: the check's own words, and the file as it was.
        expect(refusal, name).toMatch(/Niet opgeslagen: de tekst heeft .* die npm run check ook zou melden/);
        expect(refusal, name).toMatch(/→ oplossing:/);
        expect(after, name).toBe(before);
        continue;
      }
      expect(after, name).not.toBe(before);
      expect(checkMarkup(after, 'mdx', { visuals: VISUALS }), name).toEqual([]);
      if (/[{<]/.test(text) && !text.includes('\\{')) expect(after, name).toMatch(/\\\{|&lt;/);
    }
    console.log(outcomes.join('\n'));
    expect(outcomes).toHaveLength(CASES.length);
    // The preview shows what is typed before it is saved; a typed <iframe> to another site is
    // blocked there by the CMS's policy (frame-src), which reports it: that report is expected.
    expect(cms.errors.filter((e) => !e.includes('/images/') && !/status of 404/.test(e) && !/^Framing '.*frame-src/s.test(e))).toEqual([]);
  }, 240_000);

  it('refuses a Grafiek inserted from the menu without choosing one', async () => {
    await openStory();
    const before = await readSavedFile(cms.page, STORY);
    const body = await useRichText(cms.page);
    await body.click();
    await cms.page.getByRole('button', { name: 'Invoegen', exact: true }).click();
    await cms.page.getByRole('menuitem', { name: 'Grafiek' }).click();
    const refusal = await save();
    expect(refusal).toMatch(/<Visual> mist het attribuut id|verplicht/);
    expect(await readSavedFile(cms.page, STORY)).toBe(before);
  }, 60_000);
});
