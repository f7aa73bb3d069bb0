import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { archiveDirOf } from '../archive/archive-dir.ts';
import { publisherOf } from '../data/publisher.ts';
import { writeSiteArchive } from '../archive/site-archive.ts';
import type { BuildSettings } from '../config/build-context.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { headersByFile, type HeaderPlan } from './security/headers.ts';

/** Name and version of this software and of Astro, as the warcinfo record names them. */
function softwareName(): string {
  const version = (file: string) => (JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as { version: string }).version;
  return `Oogst/${version('../../package.json')} (Astro/${version('../../node_modules/astro/package.json')})`;
}

/**
 * The web archive of the built site (WARC 1.1 and a CDX index, src/archive/), written after
 * everything else so it holds every file a host serves, with the headers security() wrote for
 * each path. It goes beside the output folder (archiveDirOf), not in it.
 */
export function siteArchive(
  settings: Pick<BuildSettings, 'buildDate'>,
  /** site.yaml as the content model read it (the gate has already refused a site.yaml that fails). */
  site: () => SiteSettings | undefined,
): {
  integration: AstroIntegration;
  receiveHeaderPlan: (plan: HeaderPlan) => void;
} {
  let plan: HeaderPlan | undefined;
  let siteUrl = '';
  const integration: AstroIntegration = {
    name: 'oogst-archive',
    hooks: {
      'astro:config:done': ({ config }) => {
        // config.site is the origin of site.yaml's baseUrl; config.base its path.
        siteUrl = new URL(config.base, config.site).href.replace(/\/+$/, '');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!plan) throw new Error('het webarchief mist de beveiligingsheaders: zet siteArchive() na security() in astro.config.mjs');
        const outDir = fileURLToPath(dir);
        const siteSettings = site();
        if (!siteSettings) throw new Error('het webarchief mist site.yaml; draai npm run check voor de fout in site.yaml');
        const date = settings.buildDate;
        const started = performance.now();
        // CPU time beside the wall time: on a busy machine the wall time mostly measures the others.
        const cpu = process.cpuUsage();
        const result = writeSiteArchive({
          outDir,
          archiveDir: archiveDirOf(outDir),
          info: { siteName: siteSettings.name, publisher: publisherOf(siteSettings).name, siteUrl, date, software: softwareName() },
          headersOf: headersByFile(plan),
        });
        const used = process.cpuUsage(cpu);
        logger.info(
          `webarchief: ${result.responses} bestanden in ${result.warcFiles.length} WARC-bestand(en) en ${result.cdxFile} naast de site, ${((performance.now() - started) / 1000).toFixed(1)} s (CPU ${((used.user + used.system) / 1e6).toFixed(1)} s)`,
        );
      },
    },
  };
  return { integration, receiveHeaderPlan: (received) => void (plan = received) };
}
