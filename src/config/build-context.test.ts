import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContextModule } from '../integrations/build-context.ts';
import { contextFor, resolveBuildSettings, resolveContentBuildDate } from './build-context.ts';

const contentWith = (siteYaml: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oogst-context-'));
  writeFileSync(path.join(dir, 'site.yaml'), siteYaml);
  return dir;
};

describe('the build context', () => {
  it('dates a build by SOURCE_DATE_EPOCH, never by the clock', () => {
    const date = resolveContentBuildDate({ SOURCE_DATE_EPOCH: '1622419200' }, contentWith('closedOn: 2020-01-01\n'));
    expect(date).toEqual({ date: new Date('2021-05-31T00:00:00Z'), source: 'SOURCE_DATE_EPOCH' });
  });

  it('keeps the card cache inside the cache folder and reads the skip flag once', () => {
    const settings = resolveBuildSettings({ OOGST_CACHE_DIR: '/tmp/x-cache', OOGST_SKIP_CARDS: '1', SOURCE_DATE_EPOCH: '0' }, '/project');
    expect(settings).toMatchObject({ cacheDir: '/tmp/x-cache', cardCacheDir: '/tmp/x-cache/oogst-cards', skipCards: true });
    expect(settings.buildDate.getTime()).toBe(0);
  });

  it('shows drafts in the dev server only and lets only a build publish the cards', () => {
    const settings = resolveBuildSettings({ SOURCE_DATE_EPOCH: '0' }, '/project');
    expect(contextFor(settings, 'dev')).toMatchObject({ showDrafts: true, cardBuild: false });
    expect(contextFor(settings, 'build')).toMatchObject({ showDrafts: false, cardBuild: true });
  });

  it('resolves a preview build once and shows its drafts', () => {
    const settings = resolveBuildSettings({ SOURCE_DATE_EPOCH: '0' }, '/project', ['node', 'astro', 'build', '--mode', 'preview']);
    expect(settings).toMatchObject({ preview: true, previewSource: 'mode' });
    expect(contextFor(settings, 'build')).toMatchObject({ showDrafts: true, cardBuild: true });
    expect(resolveBuildSettings({ SOURCE_DATE_EPOCH: '0' }, '/project', ['node', 'astro', 'build'])).toMatchObject({ preview: false });
  });

  it('hands the same context to the site as a module, the build date a Date again', async () => {
    const context = contextFor(resolveBuildSettings({ SOURCE_DATE_EPOCH: '1622419200' }, '/project'), 'build');
    const source = buildContextModule(context);
    const module = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { buildContext: typeof context };
    expect(module.buildContext).toEqual(context);
    expect(module.buildContext.buildDate).toBeInstanceOf(Date);
  });
});
