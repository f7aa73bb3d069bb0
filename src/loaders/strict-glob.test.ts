import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { strictLoader } from './strict-glob.ts';

/** A loader that stores `ids` and logs `warnings`, with a context that records what reaches the real logger. */
function run(ids: string[], warnings: string[], dev = false) {
  const logged: string[] = [];
  const store = new Map<string, unknown>();
  const logger = {
    info: (m: string) => logged.push(`info ${m}`),
    warn: (m: string) => logged.push(`warn ${m}`),
    error: (m: string) => logged.push(`error ${m}`),
  };
  const inner: Loader = {
    name: 'fake',
    load: async (context) => {
      for (const id of ids) context.store.set({ id, data: {} });
      for (const warning of warnings) context.logger.warn(warning);
    },
  };
  const context = {
    collection: 'stories',
    logger,
    store: { set: (e: { id: string }) => store.set(e.id, e), keys: () => [...store.keys()] },
    watcher: dev ? {} : undefined,
  } as unknown as LoaderContext;
  return { promise: strictLoader(inner).load(context), logged };
}

describe('strict loader', () => {
  it('stops the build when the loader warns after loading content (a page would go missing)', async () => {
    const { promise } = run(['a', 'b'], ['Duplicate id "a"']);
    await expect(promise).rejects.toThrow(/Bij het laden van "stories" ging inhoud verloren[\s\S]*Duplicate id "a"/);
  });

  it('shows the same report as an error in the dev server instead of stopping it', async () => {
    const { promise, logged } = run(['a'], ['No contents found for x.mdx'], true);
    await promise;
    expect(logged.join('\n')).toMatch(/^error Bij het laden van "stories"/);
  });

  it('keeps the report of an empty folder as information: nothing was lost', async () => {
    const { promise, logged } = run([], ['No files found matching "**/*.mdx"']);
    await promise;
    expect(logged).toEqual(['info No files found matching "**/*.mdx"']);
  });

  it('says nothing when the loader says nothing', async () => {
    const { promise, logged } = run(['a'], []);
    await promise;
    expect(logged).toEqual([]);
  });
});
