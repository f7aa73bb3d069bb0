import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cachedVerdictAsync, type VerdictInputs } from './verdict-cache.ts';

/** A finding of the content check, as `npm run check` reports it. */
export interface GateProblem {
  severity: 'error' | 'warning';
  advice?: 'leesbaarheid' | 'uitgever' | 'toegankelijkheid' | undefined;
}

/** What the gate needs of the content check (src/check/check-content.ts), passed in by astro.config.mjs with the build context. */
export interface ContentGateOptions<P extends GateProblem> {
  /** The content folder of the build context (src/config/build-context.ts). */
  contentDir: () => string;
  check: () => P[];
  /**
   * Checks that need to wait (images put through what Astro's image step will do to them, with
   * sharp), run after `check` and reported with it; part of the verdict the cache keeps.
   */
  preflight?: (() => Promise<P[]>) | undefined;
  format: (problem: P) => string;
  /**
   * Everything the check's verdict depends on besides the content folder. With it, a build
   * whose content and code are byte for byte those of an earlier build without errors reports
   * that build's verdict from Astro's cache folder instead of checking again (a warm rebuild,
   * or a CI host that restores the cache).
   */
  inputs?: (() => VerdictInputs) | undefined;
}

/** Runs the check (or takes its verdict from the cache folder) and reports it; returns the errors. */
async function runCheck<P extends GateProblem>(
  options: ContentGateOptions<P>,
  logger: AstroIntegrationLogger,
  cacheFolder?: string,
): Promise<string[]> {
  const check = async () => [...options.check(), ...((await options.preflight?.()) ?? [])];
  const { result: problems, cached } =
    cacheFolder && options.inputs
      ? await cachedVerdictAsync(cacheFolder, options.inputs(), check, (all) => !all.some((problem) => problem.severity === 'error'))
      : { result: await check(), cached: false };
  if (cached) logger.info('inhoud en code zijn gelijk aan die van de vorige build: de uitkomst van de controle komt uit de cache');
  const errors = problems.filter((problem) => problem.severity === 'error').map(options.format);
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  for (const problem of warnings.filter((p) => p.advice === undefined)) logger.warn(options.format(problem));
  const plain = warnings.filter((problem) => problem.advice === 'leesbaarheid').length;
  const publisher = warnings.filter((problem) => problem.advice === 'uitgever').length;
  if (plain > 0) logger.info(`${plain} ${plain === 1 ? 'advies' : 'adviezen'} over eenvoudige taal; npm run check toont ze`);
  if (publisher > 0)
    logger.info(
      `${publisher === 1 ? '1 gegeven' : `${publisher} gegevens`} in site.yaml moet de uitgever nog invullen; npm run check toont welke`,
    );
  const statement = warnings.filter((problem) => problem.advice === 'toegankelijkheid').length;
  if (statement > 0)
    logger.info(
      `de toegankelijkheidsverklaring heeft ${statement === 1 ? '1 punt' : `${statement} punten`} voor de uitgever (status of onderzoek); npm run check toont ze`,
    );
  return errors;
}

/**
 * The build runs the very check `npm run check` runs, before Astro reads any content: so the
 * two give the same verdict on every file, every error reaches the editor in Dutch with file,
 * line and fix (instead of Astro's English error of the first bad entry), and nothing that the
 * check refuses (code in MDX, a hostile SVG, a broken link) gets as far as being compiled. In
 * `npm run dev` the same check runs at the start and after every change in the content folder,
 * and reports without stopping the server, so the editor sees the fix take effect.
 */
export default function contentGate<P extends GateProblem>(options: ContentGateOptions<P>): AstroIntegration {
  return {
    name: 'oogst-content-gate',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command === 'preview') return;
        // Only a build takes the verdict from the cache; the dev server always checks afresh.
        const errors = await runCheck(
          options,
          logger,
          command === 'build' ? fileURLToPath(new URL('oogst-check/', config.cacheDir)) : undefined,
        );
        if (errors.length === 0) return;
        const message = `De inhoud bevat ${errors.length === 1 ? 'een fout' : `${errors.length} fouten`}; de site is niet gebouwd:\n${errors.join('\n')}`;
        if (command === 'dev') logger.error(message);
        // The message says all an editor needs; a stack trace of this hook would only bury it.
        else throw Object.assign(new Error(message), { stack: '' });
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = path.resolve(options.contentDir());
        let timer: ReturnType<typeof setTimeout> | undefined;
        const recheck = (file: string) => {
          if (!path.resolve(file).startsWith(contentDir + path.sep)) return;
          clearTimeout(timer);
          // Editors save several files at once (a story and its image): check once they are done.
          timer = setTimeout(async () => {
            const errors = await runCheck(options, logger);
            if (errors.length > 0)
              logger.error(`De inhoud bevat ${errors.length === 1 ? 'een fout' : `${errors.length} fouten`}:\n${errors.join('\n')}`);
            else logger.info('inhoud gecontroleerd: geen fouten');
          }, 200);
        };
        server.watcher.add(contentDir);
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
      },
    },
  };
}
