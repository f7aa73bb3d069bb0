import { describe, expect, it } from 'vitest';
import { checkReservedNames } from '../content-rules/reserved-names.ts';
import type { RuleEntry } from '../content-rules/types.ts';
import { ROUTES } from '../data/routes.ts';
import { isEmbedFile, isEmbedPath } from './embed-folder.ts';

describe('the embed folder', () => {
  it('holds the embed pages and their oEmbed documents, and nothing else of the site', () => {
    expect(isEmbedFile('insluiten/tijdlijn/index.html')).toBe(true);
    expect(isEmbedFile('insluiten\\tijdlijn\\oembed.json')).toBe(true);
    expect(isEmbedFile('cijfers/tijdlijn/index.html')).toBe(false);
    expect(isEmbedPath(ROUTES.embed('tijdlijn'))).toBe(true);
    expect(isEmbedPath(ROUTES.visual('tijdlijn'))).toBe(false);
  });

  it('is an address no content page may take, since other sites may frame everything in it', () => {
    const page: RuleEntry = {
      collection: 'pages',
      id: 'insluiten',
      file: 'pages/insluiten.mdx',
      absoluteFile: '/c/pages/insluiten.mdx',
      raw: {},
      data: undefined,
      yamlText: '',
      lineOffset: 1,
      body: '',
      bodyLine: 10,
    };
    expect(checkReservedNames([page], new Set()).map((problem) => problem.file)).toEqual(['pages/insluiten.mdx']);
  });
});
