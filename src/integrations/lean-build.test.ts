import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { leanBuild, noDependencyOptimizer } from './lean-build.ts';

/** The Vite plugins the integration adds for an Astro command. */
function pluginsFor(command: 'build' | 'dev' | 'sync'): Plugin[] {
  const added: Plugin[] = [];
  const setup = leanBuild().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({ command, updateConfig: (config: { vite?: { plugins?: Plugin[] } }) => added.push(...(config.vite?.plugins ?? [])) });
  return added;
}

describe('a build without a dependency optimizer', () => {
  it("empties the optimizer's list after Astro filled it, and turns discovery off, so Vite starts none", () => {
    const plugin = noDependencyOptimizer();
    const options = {
      optimizeDeps: { include: ['astro > html-escaper', 'astro/runtime/client/dev-toolbar/entrypoint.js'], exclude: ['astro:*'] },
    };
    (plugin.configEnvironment as (name: string, options: object) => void)('client', options);
    expect(plugin.enforce).toBe('post');
    expect(options.optimizeDeps).toEqual({ include: [], exclude: ['astro:*'], noDiscovery: true });
  });

  it('applies to `astro build` only: the dev server keeps its optimizer', () => {
    expect(pluginsFor('build').map((plugin) => plugin.name)).toEqual(['oogst-no-dependency-optimizer']);
    expect(pluginsFor('dev')).toEqual([]);
    expect(pluginsFor('sync')).toEqual([]);
  });

  it('is an integration of its own', () => {
    const integration: AstroIntegration = leanBuild();
    expect(integration.name).toBe('oogst-lean-build');
  });
});
