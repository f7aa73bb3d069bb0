import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, pageKindNamed } from '../data/page-kinds.ts';
import { PAGE_PATHS } from './page-paths.ts';

/** Kinds whose pages a route lists under another kind's name: a gallery's first page is listed with its other pages. */
const LISTED_WITH_OTHERS = new Set(['card gallery']);

describe('the paths of the page registry', () => {
  it('lists the pages of kinds the registry knows, each by its registry name', () => {
    for (const name of Object.keys(PAGE_PATHS)) expect(() => pageKindNamed(name), name).not.toThrow();
  });

  it('has a way to list the pages of every kind with an id or a page number in its path', () => {
    const dynamic = PAGE_KINDS.filter((kind) => /[*#]/.test(kind.shape) && !LISTED_WITH_OTHERS.has(kind.name)).map((kind) => kind.name);
    expect(dynamic.length).toBeGreaterThan(10);
    expect(dynamic.filter((name) => !(name in PAGE_PATHS))).toEqual([]);
  });
});
