import { describe, expect, it } from 'vitest';
import { renderHeadersFile, renderNginxConf } from '../integrations/security/headers.ts';
import { addNoindexToHeadersFile, addNoindexToNginxConf } from './noindex-headers.ts';

const pages = [{ file: 'index.html', csp: "default-src 'self'" }];

describe('the noindex header of a preview build', () => {
  it('goes on the rule that matches every path, also under a base path', () => {
    expect(addNoindexToHeadersFile(renderHeadersFile(pages))).toMatch(/^\/\*\n {2}X-Robots-Tag: noindex\n/m);
    expect(addNoindexToHeadersFile(renderHeadersFile(pages, [], [], '/dialoog'))).toMatch(/^\/dialoog\/\*\n {2}X-Robots-Tag: noindex\n/m);
  });

  it('is sent by nginx on every response', () => {
    expect(addNoindexToNginxConf(renderNginxConf(pages, pages[0]!.csp))).toMatch(/\nadd_header X-Robots-Tag "noindex" always;\n$/);
  });
});
