import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { resolveContentDir } from '../config/build-context.ts';
import { safeContentPlugin } from './safe-content.ts';

/** Compiles MDX as Astro does, with the plugin, for a file at `file`. */
const compile = (source: string, file: string) =>
  mdxToJs(source, { hastPlugins: [safeContentPlugin(() => contentDir) as never], fileURL: pathToFileURL(file) });

const contentDir = resolveContentDir();
const inContent = path.resolve(contentDir, 'stories/x.mdx');
const inSource = path.resolve('src/pages/x.mdx');

describe('the markup policy inside the MDX compiler', () => {
  it('refuses code in content before it is compiled, so the dev server never runs it', () => {
    expect(() => compile("import fs from 'node:fs';\n\nTekst.", inContent)).toThrow(/laadt of maakt code/);
    expect(() => compile('Het geheim: {process.env.HOME}.', inContent)).toThrow(/is code/);
    expect(() => compile('<div set:html={"<b>x</b>"} />', inContent)).toThrow(/set:html/);
    expect(() => compile('<Widget />', inContent)).toThrow(/<Widget> bestaat niet/);
  });

  it('lets content through that holds only markup and comments', () => {
    expect(() => compile('Tekst {/* notitie */} met <Quote by="iemand">een zin</Quote>.', inContent)).not.toThrow();
  });

  it('leaves MDX outside the content folder to developers (trusted code)', () => {
    expect(() => compile('export const year = 2021;\n\nHet jaar {year}.', inSource)).not.toThrow();
  });
});
