import { describe, expect, it } from 'vitest';
import { buildContext } from 'virtual:oogst/build-context';
import { absoluteUrl, basePathOf, ROUTES, toSitePath, urlsFor, withBase } from './routes.ts';
import { urls } from './urls.ts';

describe('the route module and the links of the build', () => {
  it("reads the base path from a site address or from Astro's base, without a slash at the end", () => {
    expect(basePathOf('https://www.watisjouwidee.nl')).toBe('');
    expect(basePathOf('https://www.watisjouwidee.nl/')).toBe('');
    expect(basePathOf('https://example.nl/dialoog/')).toBe('/dialoog');
    expect(basePathOf('https://example.nl/gemeente/dialoog')).toBe('/gemeente/dialoog');
    expect(basePathOf('/dialoog/')).toBe('/dialoog');
    expect(basePathOf('/')).toBe('');
  });

  it('puts the base path before a site path and takes it off again', () => {
    expect(withBase(ROUTES.theme('wonen'), '/dialoog')).toBe('/dialoog/themas/wonen/');
    expect(withBase(ROUTES.home, '/dialoog')).toBe('/dialoog/');
    expect(withBase(ROUTES.theme('wonen'), '')).toBe('/themas/wonen/');
    expect(toSitePath('/dialoog/themas/wonen/', '/dialoog')).toBe('/themas/wonen/');
    expect(toSitePath('/dialoog/', '/dialoog')).toBe('/');
    expect(toSitePath('/dialoog', '/dialoog')).toBe('/');
    // Only a whole first segment is the base path.
    expect(toSitePath('/dialoogtafels/', '/dialoog')).toBe('/dialoogtafels/');
    expect(toSitePath('/themas/', '')).toBe('/themas/');
  });

  it("makes full addresses from site.yaml's baseUrl, which holds the base path", () => {
    expect(absoluteUrl('https://example.nl/dialoog', ROUTES.story('x'))).toBe('https://example.nl/dialoog/verhalen/x/');
    expect(absoluteUrl('https://example.nl/dialoog/', ROUTES.home)).toBe('https://example.nl/dialoog/');
    expect(absoluteUrl('https://www.watisjouwidee.nl', ROUTES.cardManifest)).toBe('https://www.watisjouwidee.nl/deelkaarten.json');
  });

  it('gives every route as a link under any base path', () => {
    const linked = urlsFor('/dialoog');
    for (const [name, route] of Object.entries(ROUTES)) {
      const link = (linked as Record<string, unknown>)[name];
      if (typeof route === 'string') expect(link, name).toBe(`/dialoog${route}`);
      else
        expect((link as (...args: string[]) => string)('a', 'b'), name).toBe(
          `/dialoog${(route as (...args: string[]) => string)('a', 'b')}`,
        );
    }
  });

  it('names each kind of page and file once, with the paths the site has always had', () => {
    expect(ROUTES.storyFilter('spoor', 'burgers')).toBe('/verhalen/spoor/burgers/');
    expect(ROUTES.visualFile('deelname', 'csv')).toBe('/cijfers/deelname.csv');
    expect(ROUTES.table('T05')).toBe('/dialoogtafels/#t05');
    expect(ROUTES.cardImage('themas', 'wonen-1200x630')).toBe('/deelkaarten/themas/wonen-1200x630.png');
    expect(ROUTES.cardGallery('verhalen', 2)).toBe('/deelkaarten/verhalen/2/');
    expect(ROUTES.openDataFile('ideeen', 'json')).toBe('/open-data/ideeen.json');
    expect(ROUTES.followUpStatus('uitgevoerd')).toBe('/opvolging/status/uitgevoerd/');
  });

  it('links the default site (no base path in its address) from its root, with the base path of the build context', () => {
    // The tests run with the default content, whose baseUrl has no path.
    expect(buildContext.basePath).toBe('');
    expect(urls.theme('wonen')).toBe('/themas/wonen/');
    expect(urls.searchBundle).toBe('/pagefind/');
  });
});
