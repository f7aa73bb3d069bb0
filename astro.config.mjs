// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readSiteUrl } from './src/config/site-url.mjs';
import { cardsIntegration } from './src/integrations/cards.ts';

export default defineConfig({
  // Canonical URLs, the sitemap and share cards need the public address; it comes from content/site.yaml.
  site: readSiteUrl(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), cardsIntegration()],
  // Nothing is fetched at run time and nothing phones home.
  devToolbar: { enabled: false },
  prefetch: false,
});
