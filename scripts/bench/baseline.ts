import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes the bare Astro project the report compares with: what someone starting from
 * `npm create astro` would write for the same stories. One content collection with a glob
 * loader over the same MDX files and images, one page per story with a one-line layout,
 * and only the MDX integration (without it Astro cannot read .mdx). It uses this
 * repository's node_modules through a symlink, so both builds run the same Astro.
 * Its cache lives in its own folder, never in the shared node_modules/.astro.
 */
export function writeBaselineProject(dir: string, storiesDir: string, repoRoot: string): void {
  mkdirSync(path.join(dir, 'src/pages/verhalen'), { recursive: true });
  mkdirSync(path.join(dir, 'src/layouts'), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import mdx from '@astrojs/mdx';",
      '',
      "export default defineConfig({ integrations: [mdx()], cacheDir: './.astro-cache', devToolbar: { enabled: false } });",
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "import { z } from 'astro/zod';",
      '',
      'export const collections = {',
      '  stories: defineCollection({',
      `    loader: glob({ base: ${JSON.stringify(storiesDir)}, pattern: '*.mdx' }),`,
      '    schema: ({ image }) => z.looseObject({ title: z.string(), hero: z.object({ src: image(), alt: z.string() }) }),',
      '  }),',
      '};',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'src/layouts/Layout.astro'),
    '---\nconst { title } = Astro.props;\n---\n<html lang="nl"><head><meta charset="utf-8" /><title>{title}</title></head><body><slot /></body></html>\n',
  );
  writeFileSync(
    path.join(dir, 'src/pages/verhalen/[slug].astro'),
    [
      '---',
      "import { Image } from 'astro:assets';",
      "import { getCollection, render } from 'astro:content';",
      "import Layout from '../../layouts/Layout.astro';",
      '',
      'export async function getStaticPaths() {',
      "  const stories = await getCollection('stories');",
      '  return stories.map((story) => ({ params: { slug: story.id }, props: { story } }));',
      '}',
      'const { story } = Astro.props;',
      'const { Content } = await render(story);',
      '---',
      '<Layout title={story.data.title}>',
      '  <h1>{story.data.title}</h1>',
      '  <Image src={story.data.hero.src} alt={story.data.hero.alt} width={1200} />',
      '  <Content />',
      '</Layout>',
      '',
    ].join('\n'),
  );
}
