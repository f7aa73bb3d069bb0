import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { assertBuilt, DIST, listFiles } from '../support/dist.ts';
import { iconsOnScreen } from './cms-harness.ts';

const ADMIN = path.join(DIST, 'admin');
/** What a host sends compressed; fonts and images go as they are. */
const COMPRESSED = /\.(js|css|html|yml|json|svg|txt)$/;

describe('the CMS is light', () => {
  it('has at most 60 files and 5 MB in dist/admin/', () => {
    assertBuilt();
    const files = listFiles(ADMIN);
    const bytes = files.reduce((sum, file) => sum + statSync(path.join(ADMIN, file)).size, 0);
    console.log(`dist/admin/: ${files.length} bestanden, ${(bytes / 1e6).toFixed(2)} MB`);
    expect(files.length).toBeLessThanOrEqual(60);
    expect(bytes).toBeLessThanOrEqual(5_000_000);
  });

  it('loads its first screen within 1 MB over the wire (gzip), icon font included', async () => {
    const server = await serveStatic(DIST);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const loaded = new Set<string>();
      page.on('requestfinished', (request) => void (request.url().startsWith(server.url) && loaded.add(new URL(request.url()).pathname)));
      await page.goto(`${server.url}/admin/`);
      await page.getByRole('button', { name: /lokale repository/i }).waitFor();
      await page.waitForLoadState('networkidle');
      let wire = 0;
      let iconFont = 0;
      for (const pathname of loaded) {
        const file = path.join(DIST, decodeURIComponent(pathname).replace(/\/$/, '/index.html'));
        const bytes = readFileSync(file);
        const sent = COMPRESSED.test(file) ? gzipSync(bytes, { level: 9 }).length : bytes.length;
        wire += sent;
        if (/material-symbols/.test(file)) iconFont = sent;
      }
      console.log(
        `eerste scherm: ${loaded.size} bestanden, ${(wire / 1e6).toFixed(2)} MB over de lijn (gzip), waarvan ${(iconFont / 1e3).toFixed(0)} kB het icoonlettertype`,
      );
      // Sveltia asks for the icon font on the first screen already; it is cut down to the icons the CMS names.
      // That every icon is drawn as an icon is checked on the editor's screens (cms-editors.test.ts).
      expect(iconFont).toBeGreaterThan(0);
      expect(iconFont).toBeLessThanOrEqual(100_000);
      expect(wire).toBeLessThanOrEqual(1_000_000);
      expect((await iconsOnScreen(page)).asText).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});
