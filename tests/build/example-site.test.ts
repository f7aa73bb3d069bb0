import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { takeBuildLock, withBuildLock } from '../support/build-lock.ts';
import { commandEnv } from '../support/command-env.ts';
import { listFiles } from '../support/dist.ts';
import { inspectPdf } from '../support/pdf-inspect.ts';

const EXAMPLE = path.resolve('examples/gemeente');
const ASTRO = path.resolve('node_modules/.bin/astro');
const DRAFT = 'wonen-boven-de-winkel';
const env = commandEnv({ OOGST_CONTENT_DIR: EXAMPLE });

describe('the municipal example content folder', () => {
  it('passes npm run check without errors', () => {
    expect(checkContent(EXAMPLE).filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});

describe('building another content folder with OOGST_CONTENT_DIR', () => {
  let outDir: string;
  const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'oogst-gemeente-'));
    // DEV and NODE_ENV as a careless CI might set them: drafts must stay out all the same.
    const build = withBuildLock(() =>
      spawnSync(ASTRO, ['build', '--outDir', outDir], { encoding: 'utf8', env: { ...env, DEV: '1', NODE_ENV: 'development' } }),
    );
    if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('produces a different site with the municipal name, themes and stories', () => {
    const home = read('index.html');
    expect(home).toContain('Gemeente Voorbeeldstad');
    expect(home).toContain('Hoe maken we de binnenstad weer levendig?');
    expect(home).not.toContain('Testdialoog');
    for (const page of [
      'themas/winkels-en-horeca',
      'themas/bereikbaarheid',
      'inzichten/samen-beslissen-over-de-straat',
      'verhalen/een-half-jaar-pop-up',
      'eindproduct/wat-de-gemeente-gaat-doen',
      'cijfers/deelnemers-per-tafel',
      'over',
      'toegankelijkheid',
      'privacy',
    ]) {
      expect(existsSync(path.join(outDir, page, 'index.html')), page).toBe(true);
    }
    expect(read('sitemap-0.xml')).toContain('https://binnenstad.voorbeeldstad.example/');
  });

  it('labels illustrative stories as voorbeeld', () => {
    expect(read('verhalen/een-half-jaar-pop-up/index.html')).toContain('Voorbeeld');
  });

  it('makes the final product as a PDF/UA document named after the site, with no code of its own', async () => {
    const pdf = await inspectPdf(path.join(outDir, 'eindproduct', 'gemeente-voorbeeldstad.pdf'));
    expect(pdf.dcTitle).toBe('Eindproduct: Gemeente Voorbeeldstad');
    expect(pdf.lang).toBe('nl-NL');
    expect(pdf.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(pdf.bookmarks).toContain('Wat de gemeente met de uitkomsten doet');
    expect(pdf.text).toContain('Ik wil hier blijven wonen');
    expect(pdf.tables.length).toBeGreaterThan(0);
    expect(pdf.tablePartsWithoutHeaders).toBe(0);
    for (const table of pdf.tables) expect([table.dataCellsWithoutHeader, table.dataCellsWithoutRowHeader], table.id).toEqual([0, 0]);
  });

  it('leaves drafts out of the production build entirely', () => {
    expect(existsSync(path.join(outDir, 'verhalen', DRAFT))).toBe(false);
    const mentions = listFiles(outDir).filter((file) => /\.(html|xml|json|txt)$/.test(file) && read(file).includes(DRAFT));
    expect(mentions).toEqual([]);
  });
});

describe('drafts in the dev server', () => {
  let server: ChildProcess | undefined;
  let release: () => void = () => {};
  const port = 4391;

  beforeAll(async () => {
    // The dev server writes .astro/ as a build does: it holds the build lock while it runs.
    release = await takeBuildLock();
    server = spawn(ASTRO, ['dev', '--port', String(port), '--host', '127.0.0.1'], { env, stdio: 'ignore' });
    for (let attempt = 0; attempt < 120; attempt++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('astro dev did not start');
  });
  afterAll(async () => {
    try {
      // The next build may start once the server is gone, not just told to go.
      const child = server;
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        if (child.kill()) await exited;
      }
    } finally {
      release();
    }
  });

  it('shows a draft story with a visible marker', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/verhalen/${DRAFT}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Wonen boven de winkel, een eerste verkenning');
    expect(html).toMatch(/class="oogst-draft"[^>]*>Concept/);
  });
});
