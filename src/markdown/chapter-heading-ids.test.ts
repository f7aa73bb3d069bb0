import { describe, expect, it } from 'vitest';
import { chapterHeadingIdsPlugin, chapterSlugOf, prefixHeadingId } from './chapter-heading-ids';

describe('chapter heading ids', () => {
  it('knows a chapter by its folder, and nothing else', () => {
    expect(chapterSlugOf(new URL('file:///site/content/chapters/inleiding.mdx'))).toBe('inleiding');
    expect(chapterSlugOf(new URL('file:///site/content/stories/inleiding.mdx'))).toBeUndefined();
    expect(chapterSlugOf(undefined)).toBeUndefined();
  });

  it('prefixes once', () => {
    expect(prefixHeadingId('inleiding', 'wat-dit-vraagt')).toBe('inleiding--wat-dit-vraagt');
    expect(prefixHeadingId('inleiding', 'inleiding--wat-dit-vraagt')).toBe('inleiding--wat-dit-vraagt');
  });

  it('gives a chapter heading an id from its text, prefixed with the chapter', () => {
    const set: Record<string, unknown> = {};
    const node = { tagName: 'h2', children: [{ type: 'text', value: 'Wat dit ' }, { type: 'element', children: [{ type: 'text', value: 'vraagt' }] }] };
    const ctx = { fileURL: new URL('file:///c/content/chapters/hoe-nu-verder.mdx'), setProperty: (_: unknown, key: string, value: unknown) => void (set[key] = value) };
    chapterHeadingIdsPlugin.element.visit(node, ctx);
    expect(set.id).toBe('hoe-nu-verder--wat-dit-vraagt');
  });
});
