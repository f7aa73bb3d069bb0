import { describe, expect, it } from 'vitest';
import { ContentError } from './messages/content-problems.ts';
import { RenderFault } from './messages/render-errors.ts';
import { onRequest } from './middleware.ts';

const INTERNALS = /Cannot read propert|is not a function|undefined is not|is not iterable|Unexpected token|\n\s+at /;

/** Runs the middleware for a page whose rendering throws `thrown`, and returns what it throws in turn. */
async function failureOf(pathname: string, thrown: unknown): Promise<Error> {
  const context = { url: new URL(`http://localhost${pathname}`) } as Parameters<typeof onRequest>[0];
  const next = () => Promise.reject(thrown);
  return (onRequest(context, next as Parameters<typeof onRequest>[1]) as Promise<Response>).then(
    () => expect.fail('the middleware passed a failed page as rendered'),
    (caught: unknown) => caught as Error,
  );
}

// The default content (content/), which vitest's Astro configuration loads.
describe('an error while a page renders', () => {
  it('reaches the editor in Dutch, naming the content file of the page and its line, without a stack trace', async () => {
    const error = await failureOf(
      '/verhalen/boodschappen-voor-de-straat/',
      new TypeError("Cannot read properties of undefined (reading 'src')"),
    );
    expect(error.message).toContain('De build is gestopt bij het maken van een pagina');
    expect(error.message).toMatch(
      /FOUT content\/stories\/boodschappen-voor-de-straat\.mdx:1 veld \(pagina\): de pagina \/verhalen\/boodschappen-voor-de-straat\/ kon niet worden gemaakt → oplossing: /,
    );
    expect(error.message).not.toMatch(INTERNALS);
    expect(error.stack).toBe('');
  });

  it("names a chart's spec for its files and embed page, and a plain page's file", async () => {
    for (const pathname of ['/cijfers/deelname-per-spoor.png', '/insluiten/deelname-per-spoor/', '/cijfers/deelname-per-spoor/'])
      expect((await failureOf(pathname, new RangeError('Invalid array length'))).message).toContain(
        'FOUT content/visuals/deelname-per-spoor.yaml:1',
      );
    expect((await failureOf('/over/', new Error('x'))).message).toContain('FOUT content/pages/over.mdx:1');
  });

  it('says so when the page is made from many files, in Dutch and with the fix', async () => {
    const error = await failureOf('/cijfers/', new TypeError('x is not a function'));
    expect(error.message).toMatch(
      /FOUT \/cijfers\/ veld \(pagina\): de pagina \/cijfers\/ kon niet worden gemaakt; deze pagina is uit veel bestanden gemaakt → oplossing: /,
    );
    expect(error.message).not.toMatch(INTERNALS);
  });

  it('passes on the place an error already names: a chart that cannot be drawn, a content error of the data layer', async () => {
    const fault = new RenderFault({
      file: 'content/visuals/x.yaml',
      line: 1,
      field: '(grafiek)',
      message: 'de grafiek "x" kon niet worden getekend',
    });
    expect(await failureOf('/verhalen/boodschappen-voor-de-straat/', fault)).toBe(fault);
    const data = new ContentError([{ file: 'content/visuals/x.csv', line: 4, field: 'aantal', message: '"veel" is geen getal' }]);
    const error = await failureOf('/cijfers/x/', data);
    expect(error.message).toContain('FOUT content/visuals/x.csv:4 veld aantal: "veel" is geen getal');
    expect(error.stack).toBe('');
  });
});
