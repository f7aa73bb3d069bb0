import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { sourceOfPage } from '../content-rules/page-source.ts';
import { shownPath } from '../model/content-files.ts';

/** The build steps by the names editors see in the build log. */
const STEP_NAMES: Readonly<Record<string, string>> = {
  'oogst-cards': 'deelkaarten',
  'oogst:pagefind': 'zoekindex',
  'oogst-product-pdf': 'pdf van het eindproduct',
  'oogst-cms': 'CMS',
  'oogst-published-images': 'afbeeldingen',
  'oogst-security': 'beveiligingsregels',
  'oogst-archive': 'webarchief',
  '@astrojs/sitemap': 'sitemap',
  '@astrojs/mdx': 'MDX',
};

/** The content file an error message points at: a built page it names, or a file of the content folder. */
function contentFileIn(message: string, contentDir: string): string | undefined {
  const content = path.resolve(contentDir);
  const inContent = message.match(new RegExp(`${content.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^\\s'":)]+`));
  if (inContent) return shownPath(inContent[0]);
  for (const [page] of message.matchAll(/[\w./-]*\/index\.html/g)) {
    // The output folder's own path is unknown here: try the page's path from each folder down.
    const parts = page.split('/').filter(Boolean);
    for (let from = 0; from < parts.length; from += 1) {
      const source = sourceOfPage(parts.slice(from).join('/'), contentDir);
      if (source) return source;
    }
  }
  return undefined;
}

/** An error an editor can read: the step, the content file where one is named, the reason; no stack trace. */
export function dutchStepError(step: string, caught: unknown, contentDir: string): Error {
  const reason = (caught instanceof Error ? caught.message : String(caught)).trim();
  const file = contentFileIn(reason, contentDir);
  const where = file ? `FOUT ${file} veld (bestand): ` : '';
  const fix = file
    ? `→ oplossing: controleer ${file}; blijft de fout na een herstel, meld dan deze melding aan de beheerder van de site`
    : '→ oplossing: dit ligt waarschijnlijk niet aan de inhoud; meld deze melding aan de beheerder van de site';
  const message = `De build is gestopt in de stap "${STEP_NAMES[step] ?? step}":\n${where}${reason.split('\n').slice(0, 3).join(' ')} ${fix}`;
  return Object.assign(new Error(message), { stack: '' });
}

/**
 * Every hook of an integration, so that whatever it throws reaches the editor as a Dutch message
 * naming the build step and, where the error names a built page or a content file, the content
 * file: never only a stack trace of code. Errors that are already written for editors (thrown
 * without a stack, as the content gate and the security step do) pass unchanged.
 */
export function withDutchErrors(integration: AstroIntegration, contentDir: () => string): AstroIntegration {
  const hooks: Record<string, unknown> = {};
  for (const [name, hook] of Object.entries(integration.hooks)) {
    if (typeof hook !== 'function') continue;
    hooks[name] = async (...args: unknown[]) => {
      try {
        return await (hook as (...rest: unknown[]) => unknown)(...args);
      } catch (caught) {
        if (caught instanceof Error && caught.stack === '') throw caught;
        throw dutchStepError(integration.name, caught, contentDir());
      }
    };
  }
  return { ...integration, hooks: hooks as AstroIntegration['hooks'] };
}
