import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinksPlugin, withBaseInContent } from './base-links.ts';

describe('content links under a base path', () => {
  it("puts the base path before links written from the site's root, and leaves every other link alone", () => {
    expect(withBaseInContent('/verhalen/x/', '/dialoog')).toBe('/dialoog/verhalen/x/');
    expect(withBaseInContent('/dialoogtafels/#t05', '/dialoog')).toBe('/dialoog/dialoogtafels/#t05');
    expect(withBaseInContent('/dialoog/verhalen/x/', '/dialoog')).toBe('/dialoog/verhalen/x/');
    expect(withBaseInContent('https://example.nl/verhalen/x/', '/dialoog')).toBe('https://example.nl/verhalen/x/');
    expect(withBaseInContent('//example.nl/x/', '/dialoog')).toBe('//example.nl/x/');
    expect(withBaseInContent('#kop', '/dialoog')).toBe('#kop');
    expect(withBaseInContent('mailto:a@example.nl', '/dialoog')).toBe('mailto:a@example.nl');
    expect(withBaseInContent('/verhalen/x/', '')).toBe('/verhalen/x/');
  });

  it('rewrites links and images in rendered Markdown', async () => {
    const markdown =
      'Lees [het verhaal](/verhalen/x/), [elders](https://example.org/) en [hier](#kop).\n\n![Een straat](/deelkaarten/site/home-1200x630.png)';
    const { html } = await markdownToHtml(markdown, { hastPlugins: [baseLinksPlugin('/dialoog')] });
    expect(html).toContain('href="/dialoog/verhalen/x/"');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="#kop"');
    expect(html).toContain('src="/dialoog/deelkaarten/site/home-1200x630.png"');
  });
});
