import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useCmsWithContent } from './cms-harness.ts';

const STORY = 'boodschappen-voor-de-straat';

/** The texts a reader sees in a story: title, eyebrow, example note, pull quote and the paragraphs of the text. */
async function storyTexts(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(() => {
    // Quotes compared as marks: the build sets typographic quotes, the preview's Markdown straight ones.
    const text = (selector: string) =>
      [...document.querySelectorAll(selector)].map((e) =>
        (e as HTMLElement).innerText
          .replace(/\s+/g, ' ')
          .replace(/[\u201c\u201d\u201e"]/g, '"')
          .trim(),
      );
    return [
      ...text('article h1'),
      ...text('.oogst-eyebrow .oogst-kind'),
      ...text('.oogst-example-note'),
      ...text('.oogst-quote blockquote'),
      ...text('.oogst-quote .oogst-example'),
      ...text('.oogst-prose p'),
    ];
  });
}

describe('the CMS preview of a story is the page', () => {
  const cms = useCmsWithContent();

  it('shows the built page’s texts and its hero image, with the example label', async () => {
    const { browser, page, errors, url } = cms;
    const built = await browser.newPage();
    await built.goto(`${url}/verhalen/${STORY}/`);
    const expected = await storyTexts(built);
    await built.close();
    expect(expected.length).toBeGreaterThan(5);

    await page.goto(`${url}/admin/#/collections/stories/entries/${STORY}`);
    await page.getByRole('button', { name: 'Opslaan' }).waitFor();
    const preview = async () => page.frames().find((frame) => frame !== page.mainFrame());
    await expect.poll(async () => (await (await preview())?.locator('article h1').count()) ?? 0, { timeout: 20_000 }).toBe(1);
    const frame = (await preview()) as Frame;
    await expect.poll(() => storyTexts(frame), { timeout: 10_000 }).toEqual(expected);
    // The hero image drawn from the file in the repository, not a path the CMS's address does not serve.
    await expect
      .poll(() => frame.evaluate(() => (document.querySelector('img.oogst-hero') as HTMLImageElement | null)?.naturalWidth ?? 0), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    expect(errors.filter((e) => /\/images\//.test(e))).toEqual([]);
  }, 90_000);
});
