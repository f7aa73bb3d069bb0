import { describe, it } from 'vitest';
import { useCmsWithContent } from './cms-harness.ts';

describe('scratch', () => {
  const cms = useCmsWithContent({
    files: {
      'content/stories/een-concept.mdx': {
        text: '---\ntitle: Een concept over de buurt\ndate: 2021-03-01\ndraft: true\nkind: kiem\n---\nTekst.\n',
      },
    },
  });
  it('looks', async () => {
    const { page, url } = cms;
    await page.goto(`${url}/admin/#/collections/stories`);
    await page.waitForTimeout(2000);
    await page.screenshot({ path: 'tests/cms-output/s-list.png' });
    for (const slug of ['boodschappen-voor-de-straat', 'een-concept']) {
      await page.goto(`${url}/admin/#/collections/stories/entries/${slug}`);
      await page.getByRole('button', { name: 'Opslaan' }).waitFor();
      await page.waitForTimeout(800);
      console.log(
        slug,
        'enabled',
        await page.getByRole('button', { name: 'Opslaan' }).isEnabled(),
        await page
          .getByRole('switch')
          .evaluateAll((els) => els.map((e) => e.getAttribute('aria-checked') + ' ' + e.getAttribute('aria-label') + ' ' + e.id)),
      );
    }
    await page.goto(`${url}/admin/#/collections/stories/new`);
    await page.getByRole('textbox', { name: 'Titel', exact: true }).waitFor();
    await page.waitForTimeout(1000);
    console.log(
      'new',
      await page
        .getByRole('switch')
        .evaluateAll((els) =>
          els.map((e) => e.getAttribute('aria-checked') + ' ' + e.getAttribute('aria-label') + ' ' + e.getAttribute('aria-labelledby')),
        ),
    );
  }, 120_000);
});
