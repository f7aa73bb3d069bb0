import { describe, expect, it } from 'vitest';
import { parsePolicy } from './csp.ts';
import {
  COMMON_HEADERS,
  commonestPolicy,
  headerPolicy,
  headersByFile,
  pathsOfPage,
  renderHeadersFile,
  renderNginxConf,
} from './headers.ts';

const pages = [
  { file: 'themas/wonen/index.html', csp: "default-src 'self'; frame-ancestors 'none'" },
  { file: 'index.html', csp: "default-src 'none'" },
];

describe('security headers for static hosts', () => {
  it('maps a built file to the paths a host serves it at', () => {
    expect(pathsOfPage('index.html')).toEqual(['/', '/index.html']);
    expect(pathsOfPage('themas/wonen/index.html')).toEqual(['/themas/wonen/', '/themas/wonen/index.html']);
    expect(pathsOfPage('404.html')).toEqual(['/404.html']);
  });

  it('adds frame-ancestors to the header policy, which a meta element cannot carry', () => {
    expect(headerPolicy(parsePolicy("default-src 'self'"))).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  it('sends at least a year of HSTS, nosniff, a strict referrer policy and no framing', () => {
    const headers = Object.fromEntries(COMMON_HEADERS);
    expect(Number(/max-age=(\d+)/.exec(headers['Strict-Transport-Security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(['no-referrer', 'same-origin']).toContain(headers['Referrer-Policy']);
    expect(headers['X-Frame-Options']).toBe('DENY');
  });

  it('puts one CSP on /* when every page shares it, so the file does not grow with the site', () => {
    const same = [pages[0]!, { file: 'index.html', csp: pages[0]!.csp }];
    const file = renderHeadersFile(same);
    expect(file).toContain('/*\n  Strict-Transport-Security');
    expect(file.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(file.split(/\n(?=\/)/).find((block) => block.startsWith('/*\n'))).toContain(
      "Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
    );
  });

  it('puts the CSP only on page paths in _headers when pages differ, never on /*, so hosts do not join two policies', () => {
    const file = renderHeadersFile(pages);
    const blocks = file.split(/\n(?=\/)/);
    expect(blocks.find((block) => block.startsWith('/*\n'))).not.toContain('Content-Security-Policy');
    expect(file).toContain("/themas/wonen/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
    expect(file).toContain("/\n  Content-Security-Policy: default-src 'none'\n");
  });

  it('gives a folder with its own policy (the CMS) one rule and the other pages theirs per top-level entry, never on /*', () => {
    const site = [
      { file: 'index.html', csp: 'public' },
      { file: 'themas/wonen/index.html', csp: 'public' },
      { file: 'admin/index.html', csp: 'cms' },
    ];
    const file = renderHeadersFile(
      site,
      [{ folder: 'admin', csp: 'cms', headers: [['Cross-Origin-Opener-Policy', 'same-origin-allow-popups']] }],
      [
        { name: 'index.html', folder: false },
        { name: 'themas', folder: true },
        { name: 'admin', folder: true },
        { name: 'favicon.svg', folder: false },
      ],
    );
    const blocks = file.split(/\n(?=\/)/);
    expect(blocks.find((block) => block.startsWith('/*\n'))).not.toContain('Content-Security-Policy');
    expect(file).toContain('/themas/*\n  Content-Security-Policy: public\n');
    expect(file).toContain('/favicon.svg\n  Content-Security-Policy: public\n');
    expect(file).toContain('/\n  Content-Security-Policy: public\n');
    expect(file).toContain('/admin/*\n  Content-Security-Policy: cms\n');
    expect(file).not.toContain('/admin/\n');
    expect(file.match(/Content-Security-Policy/g)).toHaveLength(5);
    // The opener policy the folder overrides leaves /* and goes on every rule, once per path.
    expect(blocks.find((block) => block.startsWith('/*\n'))).not.toContain('Cross-Origin-Opener-Policy');
    expect(file).toContain('/themas/*\n  Content-Security-Policy: public\n  Cross-Origin-Opener-Policy: same-origin\n');
    expect(file).toContain('/admin/*\n  Content-Security-Policy: cms\n  Cross-Origin-Opener-Policy: same-origin-allow-popups\n');
    expect(file.match(/Cross-Origin-Opener-Policy/g)).toHaveLength(5);
  });

  it('keeps the opener policy a folder overrides on every page also when the pages differ in policy', () => {
    const site = [
      { file: 'index.html', csp: 'home' },
      { file: 'themas/wonen/index.html', csp: 'public' },
      { file: 'admin/index.html', csp: 'cms' },
    ];
    const file = renderHeadersFile(site, [
      { folder: 'admin', csp: 'cms', headers: [['Cross-Origin-Opener-Policy', 'same-origin-allow-popups']] },
    ]);
    expect(file).toContain('/themas/wonen/\n  Content-Security-Policy: public\n  Cross-Origin-Opener-Policy: same-origin\n');
    expect(file).toContain('/\n  Content-Security-Policy: home\n  Cross-Origin-Opener-Policy: same-origin\n');
  });

  it('gives nginx a map for a header a folder overrides', () => {
    const conf = renderNginxConf([{ file: 'index.html', csp: 'public' }], 'public', [
      { folder: 'admin', csp: 'cms', headers: [['Cross-Origin-Opener-Policy', 'same-origin-allow-popups']] },
    ]);
    expect(conf).toContain(
      'map $uri $oogst_cross_origin_opener_policy {\n  default "same-origin";\n  ~^/admin/ "same-origin-allow-popups";\n}',
    );
    expect(conf).toContain('add_header Cross-Origin-Opener-Policy $oogst_cross_origin_opener_policy always;');
  });

  it('lets other sites frame a folder that does without X-Frame-Options, and keeps it on every other rule', () => {
    const folders = [
      { folder: 'admin', csp: 'cms', headers: [['Cross-Origin-Opener-Policy', 'same-origin-allow-popups']] as const },
      { folder: 'insluiten', csp: 'embed; frame-ancestors *', headers: [['X-Frame-Options', null]] as const },
    ];
    const file = renderHeadersFile(
      [
        { file: 'index.html', csp: 'public' },
        { file: 'insluiten/a/index.html', csp: 'embed; frame-ancestors *' },
      ],
      folders,
      [
        { name: 'index.html', folder: false },
        { name: 'themas', folder: true },
        { name: 'admin', folder: true },
        { name: 'insluiten', folder: true },
      ],
    );
    const blocks = Object.fromEntries(file.split(/\n(?=\/)/).map((block) => [block.split('\n')[0], block]));
    expect(blocks['/*']).not.toContain('X-Frame-Options');
    for (const rule of ['/', '/index.html', '/themas/*', '/admin/*']) expect(blocks[rule], rule).toContain('X-Frame-Options: DENY');
    expect(blocks['/insluiten/*']).toBe(
      '/insluiten/*\n  Content-Security-Policy: embed; frame-ancestors *\n  Cross-Origin-Opener-Policy: same-origin\n',
    );
    const conf = renderNginxConf([{ file: 'index.html', csp: 'public' }], 'public', folders);
    expect(conf).toContain('map $uri $oogst_x_frame_options {\n  default "DENY";\n  ~^/insluiten/ "";\n}');
    expect(headerPolicy(parsePolicy("default-src 'self'"), ['*'])).toBe("default-src 'self'; frame-ancestors *");
  });

  it('takes the policy most pages share as the default', () => {
    expect(commonestPolicy([...pages, { file: 'a/index.html', csp: "default-src 'none'" }])).toBe("default-src 'none'");
  });

  it('writes an nginx map of the paths whose policy differs from the fallback, and the common headers with always', () => {
    const conf = renderNginxConf(pages, "default-src 'none'");
    expect(conf).not.toContain('"/index.html"');
    expect(conf).toContain(`map $uri $oogst_csp {\n  default "default-src 'none'";`);
    expect(conf).toContain(`"/themas/wonen/index.html" "default-src 'self'; frame-ancestors 'none'";`);
    expect(conf).toContain('add_header Content-Security-Policy $oogst_csp always;');
    expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });

  it("gives each file the headers of _headers: its own policy when pages differ, a folder's own rule inside it, the common ones elsewhere", () => {
    const admin = {
      folder: 'admin',
      csp: "default-src 'none'",
      headers: [['Cross-Origin-Opener-Policy', 'same-origin-allow-popups']] as const,
    };
    const headersOf = headersByFile({ pages, folders: [admin], topLevel: [] });
    const csp = (file: string) => Object.fromEntries(headersOf(file))['Content-Security-Policy'];
    expect(csp('index.html')).toBe("default-src 'none'");
    expect(csp('themas/wonen/index.html')).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(csp('admin/index.html')).toBe("default-src 'none'");
    expect(Object.fromEntries(headersOf('admin/index.html'))['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
    // A file no page rule covers gets the common headers /* carries, without the one a folder overrides.
    expect(headersOf('rss.xml').map(([name]) => name)).toEqual(
      COMMON_HEADERS.map(([name]) => name).filter((name) => name !== 'Cross-Origin-Opener-Policy'),
    );
  });
});
