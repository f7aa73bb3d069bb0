import { describe, expect, it } from 'vitest';
import {
  completePagePolicy,
  findInlineCode,
  findStyleAttributes,
  hashSource,
  parsePolicy,
  readMetaPolicy,
  serialisePolicy,
  writeMetaPolicy,
} from './csp.ts';

const META = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hashSource('run()')}; style-src 'self' ${hashSource('p{}')}">`;

describe('page content security policies', () => {
  it('parses and serialises a policy without changing it', () => {
    const text = "default-src 'self'; img-src 'self' data:";
    expect(serialisePolicy(parsePolicy(text))).toBe(text);
  });

  it('keeps the first of two directives with the same name, as browsers do', () => {
    expect(parsePolicy("img-src 'self'; IMG-SRC *").get('img-src')).toEqual(["'self'"]);
  });

  it('hashes text like a browser does (SHA-256, base64)', () => {
    // Known value: the hash of the empty string.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('reads style attributes decoded, and not text that only looks like one', () => {
    const html = '<p style="--tile-colour: #a23b00">a style="no"</p><div class="x" style="a:&quot;b&quot;"></div>';
    expect(findStyleAttributes(html)).toEqual(['--tile-colour: #a23b00', 'a:"b"']);
  });

  it('skips JSON-LD and external scripts when collecting inline code', () => {
    const html =
      '<script type="application/ld+json">{}</script><script src="/a.js"></script><script type="module">go()</script><style>p{}</style>';
    expect(findInlineCode(html)).toEqual({ scripts: ['go()'], styles: ['p{}'] });
  });

  it("allows exactly the page's style attributes through style-src-attr with unsafe-hashes", () => {
    const html = `${META}<script>run()</script><style>p{}</style><li style="--c: red"></li><li style="--c: red"></li>`;
    const { policy, problems } = completePagePolicy(readMetaPolicy(html) ?? '', html);
    expect(problems).toEqual([]);
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-hashes'", hashSource('--c: red')]);
  });

  it('reports inline code the policy would block, and unsafe-inline', () => {
    const html = `<script>evil()</script><style>q{}</style>`;
    const { problems } = completePagePolicy("script-src 'self' 'unsafe-inline'; style-src 'self'", html);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/script.*evil\(\)[\s\S]*style.*q\{\}[\s\S]*unsafe-inline/);
  });

  it('writes a policy back into the meta element, escaped', () => {
    const html = writeMetaPolicy(`<head>${META}</head>`, "default-src 'self'; style-src-attr 'unsafe-hashes' 'sha256-a&b'");
    expect(readMetaPolicy(html)).toBe("default-src 'self'; style-src-attr 'unsafe-hashes' 'sha256-a&b'");
    expect(html).toContain('&amp;b');
  });

  it('reads the page as HTML: tags written as text in attributes or in JSON are no code', () => {
    const html =
      '<html><head><meta name="description" content="Een samenvatting met <script>x()</script> en </script> erin">' +
      '<script type="application/ld+json">{"a":"\\u003c/script>"}</script></head>' +
      '<body><p title="<style>p{}</style>" style="color: red">a &lt;script&gt;y()&lt;/script&gt;</p><script>z()</script></body></html>';
    expect(findInlineCode(html)).toEqual({ scripts: ['z()'], styles: [] });
    expect(findStyleAttributes(html)).toEqual(['color: red']);
  });
});
