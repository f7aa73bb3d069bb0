import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * A Vite plugin for `astro build` only: the content sync runs in a temporary Vite dev server, and
 * Astro asks that server's dependency optimizer for two packages of its dev toolbar
 * (`optimizeDeps.include`), so every build bundled them with rolldown and never used the bundle
 * (the site turns the toolbar off; a build serves no browser). With nothing to include and no
 * discovery, Vite starts no optimizer (Vite's own way to turn it off). `astro dev` keeps its optimizer.
 */
export function noDependencyOptimizer(): Plugin {
  return {
    name: 'oogst-no-dependency-optimizer',
    // After Astro's own environment plugin, which adds the entries.
    enforce: 'post',
    configEnvironment(_name, options) {
      // Replaced, not merged: Vite's merge would add our empty list to Astro's.
      options.optimizeDeps = { ...options.optimizeDeps, include: [], noDiscovery: true };
    },
  };
}

/** Build settings that cost time and change nothing in the output (README: "The cost of a build"). */
export function leanBuild(): AstroIntegration {
  return {
    name: 'oogst-lean-build',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { plugins: [noDependencyOptimizer()] } });
      },
    },
  };
}
