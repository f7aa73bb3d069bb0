import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';

/**
 * Astro's glob loader, but nothing it reports passes unnoticed. The loader logs a file it
 * cannot read, an entry it cannot render or an entry whose id another file already has, and
 * then goes on without that content: a page would silently be missing. Here every warning or
 * error of the loader stops the build (in `npm run dev` it is shown as an error). The one
 * report that loses nothing, an empty or absent folder, is kept as information.
 */
export function strictGlob(options: Parameters<typeof glob>[0]): Loader {
  const strict = strictLoader(glob(options));
  return {
    ...strict,
    async load(context: LoaderContext) {
      // Astro's cache keeps the entries of the previous build. When that build read another
      // content folder (OOGST_CONTENT_DIR), its entries are not duplicates of these, only stale.
      const root = fileURLToPath(context.config.root);
      const base = options.base instanceof URL ? fileURLToPath(options.base) : path.resolve(root, options.base ?? '.');
      for (const id of context.store.keys()) {
        const filePath = context.store.get(id)?.filePath;
        if (filePath && !path.resolve(root, filePath).startsWith(base + path.sep)) context.store.delete(id);
      }
      await strict.load(context);
    },
  };
}

/** A loader whose warnings and errors stop the build when it loaded anything. */
export function strictLoader(inner: Loader): Loader {
  return {
    ...inner,
    async load(context: LoaderContext) {
      const reports: string[] = [];
      const report = (message: string) => void reports.push(message);
      const logger = new Proxy(context.logger, {
        get: (target, key, receiver) => (key === 'warn' || key === 'error' ? report : Reflect.get(target, key, receiver)),
      });
      await inner.load({ ...context, logger });
      if (reports.length === 0) return;
      if (context.store.keys().length === 0) {
        // Nothing was loaded and so nothing was lost: the folder is empty or absent.
        for (const message of reports) context.logger.info(message);
        return;
      }
      const message = `Bij het laden van "${context.collection}" ging inhoud verloren; los dit op, anders ontbreken er pagina's:\n${reports.map((line) => `  - ${line}`).join('\n')}`;
      if (context.watcher) context.logger.error(message);
      else throw new Error(message);
    },
  };
}
