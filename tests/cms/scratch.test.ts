import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { useCmsWithContent } from './cms-harness.ts';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

describe('scratch', () => {
  const cms = useCmsWithContent();
  it('looks', async () => {
    const { page, url } = cms;
    const axe = async () => {
      await page.evaluate(AXE);
      return page.evaluate(async () => {
        const r = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return r.violations.map((v: any) => `${v.id} (${v.nodes.length}): ${v.help} :: ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ') + ' ' + n.html.slice(0, 120)).join(' | ')}`);
      });
    };
    await page.goto(`${url}/admin/#/collections/stories`);
    await page.waitForTimeout(1500);
    console.log('LIST', await axe());
    await page.goto(`${url}/admin/#/collections/stories/entries/boodschappen-voor-de-straat`);
    await page.getByRole('button', { name: 'Opslaan' }).waitFor();
    await page.waitForTimeout(1500);
    console.log('EDIT', await axe());
    await page.goto(`${url}/admin/#/collections/stories/new`);
    await page.getByRole('textbox', { name: 'Titel', exact: true }).waitFor();
    await page.waitForTimeout(1000);
    const seen: string[] = [];
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => { const e = document.activeElement as HTMLElement; return `${e.tagName} role=${e.getAttribute('role')} name=${e.getAttribute('aria-label') ?? ''} ${(e.innerText ?? '').slice(0, 30).replace(/\n/g, ' ')} id=${e.id} ${e.getAttribute('aria-labelledby')}`; }));
    }
    console.log(seen.join('\n'));
  }, 120_000);
});
