import { describe, expect, it } from 'vitest';
import { buildShareLinks } from './share-links.ts';

describe('buildShareLinks', () => {
  it('gives plain links for five services with the page URL encoded', () => {
    const links = buildShareLinks('https://example.nl/themas/wonen/', 'Wonen & werken');
    expect(links.map((link) => link.service)).toEqual(['e-mail', 'WhatsApp', 'LinkedIn', 'Facebook', 'X']);
    for (const link of links) expect(link.href).toContain(encodeURIComponent('https://example.nl/themas/wonen/'));
    expect(links[4]?.href).toContain('Wonen%20%26%20werken');
  });
});
