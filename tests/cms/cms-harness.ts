import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { beforeAll } from 'vitest';
import { useSiteInBrowser } from '../support/browser.ts';

/** The folder Sveltia's test backend keeps its files in, inside the browser's private file system (OPFS). */
export const TEST_REPO = 'sveltia-cms-test';

/**
 * Every file of a content folder the CMS reads (text as text, images as base64), keyed by their
 * path from the project root; `as` puts them under another folder (the one the CMS's config names).
 */
export function contentFiles(contentDir = 'content', as = contentDir): Record<string, { text?: string; base64?: string }> {
  const files: Record<string, { text?: string; base64?: string }> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      const key = path.join(as, path.relative(contentDir, file));
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(mdx?|ya?ml|csv)$/.test(name)) files[key] = { text: readFileSync(file, 'utf8') };
      else if (/\.(svg|png|jpe?g|webp)$/i.test(name)) files[key] = { base64: readFileSync(file).toString('base64') };
    }
  };
  walk(contentDir);
  return files;
}

/** Writes files into a folder of the browser's private file system. */
export async function writeBrowserFolder(
  page: Page,
  folder: string,
  files: Record<string, { text?: string; base64?: string }>,
): Promise<void> {
  await page.evaluate(
    async ({ folder, files }) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
      for (const [file, { text, base64 }] of Object.entries(files)) {
        const parts = file.split('/');
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
        await writable.write(text ?? Uint8Array.from(atob(base64 ?? ''), (c) => c.charCodeAt(0)));
        await writable.close();
      }
    },
    { folder, files },
  );
}

/**
 * A file in a folder of the browser's private file system (by default the one the CMS's test
 * backend saves into): text, or base64 when `binary`; read again while the CMS is still writing it.
 */
export async function readSavedFile(page: Page, file: string, { folder = TEST_REPO, binary = false } = {}): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await readOnce(page, folder, file, binary);
    } catch (error) {
      if (attempt >= 20 || !/NotReadableError|NotFoundError/.test(String(error))) throw error;
      await page.waitForTimeout(100);
    }
  }
}

async function readOnce(page: Page, folder: string, file: string, binary: boolean): Promise<string> {
  return page.evaluate(
    async ({ folder, file, binary }) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
      const parts = file.split('/');
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      const blob = await (await dir.getFileHandle(parts.at(-1) ?? '')).getFile();
      if (!binary) return blob.text();
      const bytes = new Uint8Array(await blob.arrayBuffer());
      // In slices: a photo's bytes are too many arguments for one call.
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(text);
    },
    { folder, file, binary },
  );
}

/** The names in a folder the CMS's test backend saved into. */
export async function listSavedFolder(page: Page, folder: string): Promise<string[]> {
  return page.evaluate(
    async ({ root, folder }) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(root);
      for (const part of folder.split('/')) dir = await dir.getDirectoryHandle(part);
      const names: string[] = [];
      for await (const name of (dir as unknown as { keys: () => AsyncIterable<string> }).keys()) names.push(name);
      return names;
    },
    { root: TEST_REPO, folder },
  );
}

export interface OpenCms {
  page: Page;
  /** Console errors, failed requests and requests that left the machine. */
  errors: string[];
}

/**
 * Watches a page of the CMS for errors (into `errors`) and serves it the build's config.yml with
 * the backend swapped for Sveltia's browser-only `test-repo`.
 */
async function watchCmsPage(page: Page, siteUrl: string, errors: string[]): Promise<void> {
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(siteUrl) && !/^(blob|data):/.test(url)) errors.push(`extern: ${url}`);
  });
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => void (response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`)));
  await page.route(/\/admin\/config\.yml(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const config = yaml.load(await response.text()) as Record<string, unknown>;
    config.backend = { name: 'test-repo' };
    delete config.publish_mode;
    await route.fulfill({ response, body: yaml.dump(config, { lineWidth: -1, noRefs: true }) });
  });
}

/**
 * Opens the built site's CMS with the default content in Sveltia's test backend: the build's own
 * config.yml with the backend swapped for `test-repo`, and the content folder copied into the
 * browser, so the CMS shows and saves exactly the files of the repository without a Git host.
 */
export async function openCmsWithContent(
  browser: Browser,
  siteUrl: string,
  {
    contentDir = 'content',
    contentPath = contentDir,
    viewport = { width: 1280, height: 800 },
    extraFiles = {},
  }: {
    contentDir?: string;
    /** The content folder the built CMS's config names, when the files come from a copy elsewhere. */
    contentPath?: string;
    viewport?: { width: number; height: number };
    /** Files besides the content folder's, or instead of one of them (path from the project root). */
    extraFiles?: Record<string, { text?: string; base64?: string }>;
  } = {},
): Promise<OpenCms> {
  const page = await browser.newPage({ viewport, locale: 'nl-NL' });
  const errors: string[] = [];
  await watchCmsPage(page, siteUrl, errors);
  await page.goto(`${siteUrl}/admin/`);
  await writeBrowserFolder(page, TEST_REPO, { ...contentFiles(contentDir, contentPath), ...extraFiles });
  await page.getByRole('button', { name: /testrepository/i }).click();
  await page.getByRole('button', { name: 'Nieuw item aanmaken' }).first().waitFor();
  return { page, errors };
}

/**
 * Resolves once the page has stopped changing: no change to its document for two frames in a
 * row and then a moment the browser had nothing left to do. Opening an entry, the form draws and
 * fills its fields (an editor loaded a moment later, a field normalising its value) over several
 * frames; this waits for the last of them instead of a fixed time. Gives up after `limitMs`.
 */
export async function settled(page: Page, limitMs = 5_000): Promise<void> {
  await page.evaluate(
    (limitMs) =>
      new Promise<void>((resolve) => {
        let changed = true;
        const observer = new MutationObserver(() => (changed = true));
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        let quietFrames = 0;
        let finished = false;
        const done = () => {
          finished = true;
          observer.disconnect();
          resolve();
        };
        // Frames are what the form draws in; the time limit holds also where frames come seldom.
        setTimeout(done, limitMs);
        const frame = () => {
          if (finished) return;
          quietFrames = changed ? 0 : quietFrames + 1;
          changed = false;
          if (quietFrames < 2) return void requestAnimationFrame(frame);
          // Quiet for two frames: once the browser is idle, ask again whether anything changed meanwhile.
          requestIdleCallback(() => (changed ? requestAnimationFrame(frame) : done()), { timeout: 1_000 });
        };
        requestAnimationFrame(frame);
      }),
    limitMs,
  );
}

/**
 * Waits up to `ms` for a field to be drawn after a scroll: Sveltia draws a field a frame or so
 * after it comes into view, and the next scroll goes on as soon as it is there.
 */
export async function drawn(field: ReturnType<Page['locator']>, ms: number): Promise<void> {
  await field
    .last()
    .waitFor({ state: 'attached', timeout: ms })
    .catch(() => undefined);
}

/** Scrolls the edit pane down until a field Sveltia draws only as it scrolls into view is there. */
export async function reveal<T extends ReturnType<Page['locator']>>(page: Page, field: T): Promise<T> {
  await page.mouse.move(300, 500);
  for (let attempt = 0; attempt < 40 && (await field.count()) === 0; attempt++) {
    await page.mouse.wheel(0, 600);
    await drawn(field, 150);
  }
  return field;
}

/** The default site's CMS, open in Chromium with the default content, for one test file. */
export interface CmsInBrowser extends OpenCms {
  readonly browser: Browser;
  /** The served site, without trailing slash. */
  readonly url: string;
}

/**
 * Serves the default site's dist/, launches Chromium and opens the CMS with the default content
 * (openCmsWithContent) before the file's tests; closes all after them. Call it in a describe block.
 */
export function useCmsWithContent(options: Parameters<typeof openCmsWithContent>[2] = {}): CmsInBrowser {
  const site = useSiteInBrowser();
  let open: OpenCms | undefined;
  beforeAll(async () => {
    open = await openCmsWithContent(site.browser, site.url, options);
  }, 60_000);
  const opened = (): OpenCms => {
    if (!open) throw new Error('The CMS is not open yet: use it inside a test.');
    return open;
  };
  return {
    get browser() {
      return site.browser;
    },
    get url() {
      return site.url;
    },
    get page() {
      return opened().page;
    },
    get errors() {
      return opened().errors;
    },
  };
}

/** Sessions of the CMS for tests that run side by side: each test takes one, and gives it back. */
export interface CmsSessions {
  readonly browser: Browser;
  /** The served site, without trailing slash. */
  readonly url: string;
  /** Runs `use` with a free session (waiting for one if all are taken). */
  take<T>(use: (open: OpenCms) => Promise<T>): Promise<T>;
}

/**
 * `useCmsWithContent` with `count` sessions, each in a browser context (a window) of its own, for
 * the concurrent tests of a file: most of a CMS test is waiting for the page. Not tabs of one
 * window: a tab behind another draws its frames about once a second.
 */
export function useCmsSessions(count: number, options: Parameters<typeof openCmsWithContent>[2] = {}): CmsSessions {
  const site = useSiteInBrowser();
  const free: OpenCms[] = [];
  const waiting: ((open: OpenCms) => void)[] = [];
  beforeAll(async () => {
    free.push(...(await Promise.all(Array.from({ length: count }, () => openCmsWithContent(site.browser, site.url, options)))));
  }, 120_000);
  const giveBack = (open: OpenCms) => {
    const next = waiting.shift();
    if (next) next(open);
    else free.push(open);
  };
  return {
    get browser() {
      return site.browser;
    },
    get url() {
      return site.url;
    },
    async take(use) {
      const open = free.pop() ?? (await new Promise<OpenCms>((resolve) => waiting.push(resolve)));
      try {
        return await use(open);
      } finally {
        giveBack(open);
      }
    },
  };
}

/**
 * The rich-text editor of the body. Sveltia draws fields as they scroll into view, so the edit
 * pane is scrolled down until the editor is there.
 */
export async function bodyEditor(page: Page, label = 'Tekst', richText = false): Promise<ReturnType<Page['locator']>> {
  const textbox = page.getByRole('textbox', { name: label, exact: true });
  const editor = richText ? page.locator('.lexical-root').and(textbox) : textbox.last();
  await page.mouse.move(300, 500);
  for (let attempt = 0; attempt < 80 && (await editor.count()) === 0; attempt++) {
    // Halfway, back to the top and down again: on a busy machine the pane can pass the field
    // before Sveltia has drawn it.
    await page.mouse.wheel(0, attempt === 40 ? -100_000 : 1500);
    await drawn(editor, attempt < 40 ? 150 : 300);
  }
  await editor.scrollIntoViewIfNeeded();
  return editor;
}

/** The body opens as Markdown text (so opening changes nothing); this switches it to the rich-text editor. */
export async function useRichText(page: Page): Promise<ReturnType<Page['locator']>> {
  await bodyEditor(page);
  await page.getByRole('button', { name: 'Bewerken in Markdown', pressed: true }).click();
  await page.getByRole('button', { name: 'Bewerken in Markdown', pressed: false }).waitFor();
  return bodyEditor(page, 'Tekst', true);
}

/**
 * The icons on the screen, and those the browser drew as their name in letters instead of as the
 * icon: an icon the cut-down icon font lacks. An icon is about as wide as its font size; a name
 * in letters is wider.
 */
export async function iconsOnScreen(page: Page): Promise<{ shown: number; asText: string[] }> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => {
    const icons = [...document.querySelectorAll<HTMLElement>('.material-symbols-outlined')].filter(
      (icon) => icon.getClientRects().length > 0 && icon.textContent?.trim(),
    );
    const asText = icons.filter((icon) => icon.getBoundingClientRect().width > 1.5 * parseFloat(getComputedStyle(icon).fontSize));
    return { shown: icons.length, asText: asText.map((icon) => icon.textContent?.trim() ?? '') };
  });
}
