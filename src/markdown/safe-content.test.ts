import { describe, expect, it } from 'vitest';
import { checkRawHtmlFragment as checkRawHtml } from './check-markup.ts';
import { checkElement, isUnsafeUrl, relForNewWindow } from './safe-content.ts';

describe('safe content', () => {
  it('rejects javascript:, vbscript: and data: links, also when disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:x',
      'jav&#x61;script:x',
      'vbscript:x',
      'data:text/html,<script>x</script>',
      'file:///etc/passwd',
    ]) {
      expect(isUnsafeUrl(url), url).toBe(true);
    }
  });

  it('accepts web, mail, phone, relative and fragment links, and data images as src', () => {
    for (const url of [
      'https://www.rijksoverheid.nl',
      'http://example.nl',
      'mailto:a@b.nl',
      'tel:+31701234567',
      '/themas/wonen/',
      '../x',
      '#inhoud',
      'wonen:straat',
    ]) {
      expect(isUnsafeUrl(url), url).toBe(url === 'wonen:straat');
    }
    expect(isUnsafeUrl('data:image/png;base64,AAAA', 'src')).toBe(false);
  });

  it('names script, iframe and event handlers with a fix in Dutch', () => {
    expect(checkElement('script', {})[0]).toMatch(/<script> mag niet in de inhoud staan/);
    expect(checkElement('iframe', { src: 'https://x.nl' })[0]).toMatch(/<iframe>/);
    expect(checkElement('img', { src: 'a.png', onerror: 'x()' })[0]).toMatch(/onerror op <img> voert code uit/);
    expect(checkElement('a', { href: '/over/' })).toEqual([]);
  });

  it('finds problems in raw HTML tags, whatever the quoting', () => {
    expect(checkRawHtml('<p>ok</p><a href=javascript:x>a</a>')).toHaveLength(1);
    expect(checkRawHtml("<img src='a.png' onload='x()'>")).toHaveLength(1);
    expect(checkRawHtml('<SCRIPT>alert(1)</SCRIPT>')).toHaveLength(1);
    // class is not on the allow-list of content HTML (issue 17); title is.
    expect(checkRawHtml('<p title="a > b">tekst</p>')).toEqual([]);
  });

  it('gives links that open a new window noopener and noreferrer, keeping other rel words', () => {
    expect(relForNewWindow(undefined)).toBe('noopener noreferrer');
    expect(relForNewWindow('external noopener')).toBe('external noopener noreferrer');
  });
});
