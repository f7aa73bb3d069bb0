import { readFileSync } from 'node:fs';
import type { FileChooser, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AXE_TAGS } from '../../scripts/lib/axe-run.ts';
import { drawn, iconsOnScreen, listSavedFolder, readSavedFile, settled, useCmsWithContent } from './cms-harness.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const DRAFT = 'content/stories/een-concept-over-de-buurt.mdx';
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60" width="120" height="60"><rect width="120" height="60" fill="#1b3a6b"/></svg>`;

/** The WCAG 2.1 A/AA violations axe finds in a page or frame, one line each. */
async function axeViolations(target: Page | Frame): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the CMS's policy (scripts from the site only) does not block axe.
  await target.evaluate(AXE);
  return target.evaluate(
    async (tags) => {
      type Result = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }).axe;
      const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return violations.map((rule) => `${rule.id}: ${rule.help} (${rule.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    },
    [...AXE_TAGS],
  );
}

/** What has the keyboard focus: its role and name, as a screen reader would say them. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelledBy = element
      .getAttribute('aria-labelledby')
      ?.split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const name = element.getAttribute('aria-label') ?? labelledBy ?? element.textContent ?? '';
    const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
    return `${role}: ${name.replace(/\s+/g, ' ').trim().slice(0, 60)}`;
  });
}

/** Presses Tab (or Shift+Tab) until the focus is on what `wanted` describes; the keyboard only. */
async function tabTo(page: Page, wanted: RegExp, { back = false, max = 80 } = {}): Promise<void> {
  const seen: string[] = [];
  for (let step = 0; step < max; step++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (wanted.test(now)) return;
    seen.push(now);
  }
  await page.screenshot({ path: 'tests/cms-output/keyboard-lost.png' });
  throw new Error(`Met Tab niet bereikt: ${wanted}; wel: ${[...new Set(seen)].join(' | ')}`);
}

/**
 * Opens the browser's file dialog from the focused button with the keyboard: Space first (Enter
 * did not open it from this button in headless Chromium), and again while the library is still
 * settling after it opened (on a busy machine the first key press can land before the button
 * listens), with the focus brought back to the button each time.
 */
async function openFileChooserWithKeys(page: Page, button: RegExp): Promise<FileChooser> {
  for (let attempt = 0; attempt < 4; attempt++) {
    if (!button.test(await focused(page))) await tabTo(page, button);
    const chooser = page.waitForEvent('filechooser', { timeout: 8_000 }).catch(() => undefined);
    await page.keyboard.press(attempt % 2 === 0 ? 'Space' : 'Enter');
    const opened = await chooser;
    if (opened) return opened;
  }
  throw new Error(`Het bestandsvenster ging met Spatie of Enter niet open vanaf ${button}`);
}

/** The Concept switch of the open story; the CMS draws fields as they scroll into view. */
async function conceptSwitchOf(page: Page): Promise<ReturnType<Page['locator']>> {
  const toggle = page.getByRole('switch', { name: 'Concept' });
  await page.mouse.move(300, 500);
  for (let attempt = 0; attempt < 30 && (await toggle.count()) === 0; attempt++) {
    await page.mouse.wheel(0, 1500);
    await drawn(toggle, 150);
  }
  // The form fills its fields over a few frames after it shows: ask once it has stopped changing.
  await settled(page);
  return toggle;
}

/**
 * Picks an option in a focused list with a filter: Enter opens it, the name filters it, the arrow
 * key takes the first match and Enter chooses it. Each step waits a moment for the list to follow.
 */
async function choose(page: Page, option: string): Promise<void> {
  for (const step of [() => page.keyboard.press('Enter'), () => page.keyboard.type(option), () => page.keyboard.press('ArrowDown')]) {
    await step();
    await page.waitForTimeout(300);
  }
  await page.keyboard.press('Enter');
}

describe('the CMS for editors: accessible and in Dutch', () => {
  const cms = useCmsWithContent({
    extraFiles: {
      [DRAFT]: {
        text: '---\ntitle: Een concept over de buurt\ndate: 2021-03-01\nkind: kiem\ntrack: burgers\nregion: utrecht\nthemes: [wonen]\nsummary: Een verhaal dat nog niet af is, over een buurt die elkaar hielp.\npullQuote: Nog niet af.\ndraft: true\n---\nTekst.\n',
      },
    },
  });

  it('has no axe violations on the screens the guide shows, one viewport that allows zooming, and icons drawn as icons', async () => {
    const { page, url, browser } = cms;
    const found: Record<string, string[]> = {};
    const signIn = await browser.newPage({ locale: 'nl-NL' });
    await signIn.goto(`${url}/admin/`);
    await signIn.getByRole('button', { name: /lokale repository/i }).waitFor();
    found['inloggen'] = await axeViolations(signIn);
    expect(
      await signIn.evaluate(() => [...document.querySelectorAll('meta[name="viewport"]')].map((tag) => tag.getAttribute('content'))),
    ).toEqual(['width=device-width, initial-scale=1']);
    expect((await iconsOnScreen(signIn)).asText).toEqual([]);
    await signIn.close();

    await page.goto(`${url}/admin/#/collections/stories`);
    await page.getByText('Een concept over de buurt').first().waitFor();
    found['lijst'] = await axeViolations(page);
    expect((await iconsOnScreen(page)).asText).toEqual([]);

    await page.goto(`${url}/admin/#/collections/stories/entries/boodschappen-voor-de-straat`);
    await page.getByRole('button', { name: 'Opslaan' }).waitFor();
    const preview = () => page.frames().find((frame) => frame !== page.mainFrame());
    await expect.poll(async () => (await preview()?.locator('article h1').count()) ?? 0, { timeout: 20_000 }).toBe(1);
    found['verhaal bewerken'] = await axeViolations(page);
    found['voorbeeld'] = await axeViolations(preview() as Frame);
    const icons = await iconsOnScreen(page);
    expect(icons.shown).toBeGreaterThan(10);
    expect(icons.asText).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('meta[name="viewport"]').length)).toBe(1);
    expect(found).toEqual({ inloggen: [], lijst: [], 'verhaal bewerken': [], voorbeeld: [] });
  }, 90_000);

  it('opens at /admin without a slash on a host that serves the folder’s page without redirecting', async () => {
    // The project's static server answers /admin with admin/index.html and no redirect, as some hosts
    // do; the page itself goes on to /admin/ (no server redirect, so no host rule can loop).
    const page = await cms.browser.newPage({ locale: 'nl-NL' });
    const answers: string[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/admin') && response.request().resourceType() === 'document')
        answers.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    const response = await page.goto(`${cms.url}/admin`);
    expect(response?.status()).toBe(200);
    await page.waitForURL(`${cms.url}/admin/`);
    expect(answers).toEqual(['200 /admin', '200 /admin/']);
    await page.getByRole('button', { name: /lokale repository/i }).waitFor({ timeout: 20_000 });
    await page.close();
  }, 60_000);

  it('marks drafts in the list, and its Concept switch shows the state of the file', async () => {
    const { page, url } = cms;
    await page.goto(`${url}/admin/#/collections/stories`);
    await page.getByText('Een concept over de buurt (concept)').first().waitFor({ timeout: 10_000 });
    await expect(page.getByText('Boodschappen voor de hele flat', { exact: true }).first().isVisible()).resolves.toBe(true);
    expect(await page.getByText(/\(concept\)$/).count()).toBe(1);
    const conceptSwitch = async (slug: string) => {
      await page.goto(`${url}/admin/#/collections/stories/entries/${slug}`);
      await page.getByRole('button', { name: 'Opslaan' }).waitFor();
      return (await conceptSwitchOf(page)).getAttribute('aria-checked');
    };
    expect(await conceptSwitch('een-concept-over-de-buurt')).toBe('true');
    // A published story has no draft field at all: its switch is off, and opening it changes nothing.
    expect(await conceptSwitch('boodschappen-voor-de-straat')).toBe('false');
    expect(await page.getByRole('button', { name: 'Opslaan' }).isEnabled()).toBe(false);
  }, 60_000);

  it('lets an editor write a story with the keyboard alone and save it, with a clean name for the upload', async () => {
    const { page, url } = cms;
    await page.goto(`${url}/admin/#/collections/stories`);
    await page.getByText('Een concept over de buurt').first().waitFor();
    // The notice of missing settings lies over the bottom of the form: it is closed first.
    await tabTo(page, /^button: Melding sluiten/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^button: .*Nieuw/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^textbox: Titel/);
    await page.keyboard.type('Koffie in het buurthuis');
    await tabTo(page, /^radio: Knelpunt/);
    await page.keyboard.press('Space');
    await tabTo(page, /^radio: Burgers/);
    await page.keyboard.press('Space');
    await tabTo(page, /^combobox: Regio/);
    await choose(page, 'Utrecht');
    await tabTo(page, /^combobox: Thema/);
    await choose(page, 'Wonen');
    // A list of several choices stays open for the next one: Escape closes it.
    await page.waitForTimeout(300);
    await page.keyboard.press('Escape');
    await tabTo(page, /^textarea: Samenvatting/);
    await page.keyboard.type('Vrijwilligers hielden het buurthuis open voor een praatje en een kop koffie.');
    await tabTo(page, /^textarea: Uitgelichte zin/);
    await page.keyboard.type('Een kop koffie was meer dan koffie.');
    await tabTo(page, /^button: Bladeren/);
    await page.keyboard.press('Enter');
    // Bladeren opens the image library, where Uploaden asks for a file on the editor's computer.
    await tabTo(page, /^button: .*Uploaden/);
    const chooser = await openFileChooserWithKeys(page, /^button: .*Uploaden/);
    await chooser.setFiles({ name: 'Buurthuis Foto 2021.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(SVG) });
    await tabTo(page, /^button: Invoegen/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^textarea: Alt-tekst/);
    await page.keyboard.type('Een blauw vlak, als tekening van de muur van het buurthuis.');
    await tabTo(page, /^textarea: Tekst/);
    await page.keyboard.type('Elke ochtend stond de koffie klaar voor wie langs wilde komen.');
    // A new story is a draft, and its switch says so before it is saved.
    expect(await (await conceptSwitchOf(page)).getAttribute('aria-checked')).toBe('true');
    await tabTo(page, /^button: Opslaan/, { back: true });
    await page.keyboard.press('Enter');
    await page.getByText('Item opgeslagen.').waitFor({ timeout: 20_000 });

    const story = await readSavedFile(page, 'content/stories/koffie-in-het-buurthuis.mdx');
    expect(story).toContain('title: Koffie in het buurthuis\n');
    // The date starts inside the dialogue's period (the default site is archived), the Concept switch was on.
    expect(story).toContain('date: 2021-06-01\n');
    expect(story).toContain('draft: true\n');
    expect(story).toContain('src: ./images/buurthuis-foto-2021.svg');
    expect(await listSavedFolder(page, 'content/stories/images')).toContain('buurthuis-foto-2021.svg');
  }, 120_000);
});
