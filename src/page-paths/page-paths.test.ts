import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

  it('is the getStaticPaths of every route with parameters, each kind listed by one route', () => {
    const routes = readdirSync('src/pages', { recursive: true, encoding: 'utf8' }).filter((file) => /\[.*\.(astro|ts)$/.test(file));
    const used = routes.flatMap((file) => {
      const code = readFileSync(path.join('src/pages', file), 'utf8');
      const call = /^export const getStaticPaths = pathsFor\(((?:'[^']+'(?:, )?)+)\) satisfies GetStaticPaths;$/m.exec(code);
      expect(call, `${file} lists its paths with pathsFor`).not.toBeNull();
      return [...call![1]!.matchAll(/'([^']+)'/g)].map((match) => match[1]!);
    });
    expect(routes.length).toBeGreaterThan(15);
    expect(used.toSorted()).toEqual(Object.keys(PAGE_PATHS).toSorted());
  });
});
