// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readSiteUrl } from './src/config/site-url.mjs';
import { cardsIntegration } from './src/integrations/cards.ts';
import oogstPagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // Canonical URLs, the sitemap and share cards need the public address; it comes from content/site.yaml.
  site: readSiteUrl(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    sitemap(),
    {
      // Drafts follow the command, not NODE_ENV or a stray DEV variable: only `astro dev` shows them.
      name: 'oogst-drafts',
      hooks: { 'astro:config:setup': ({ command }) => void (process.env.OOGST_DRAFTS = command === 'dev' ? 'show' : 'hide') },
    },
    // Cards first: they render from the built pages' manifest; the search index comes last.
    cardsIntegration(),
    oogstPagefind(),
  ],
  // Nothing is fetched at run time and nothing phones home.
  devToolbar: { enabled: false },
  prefetch: false,
});
