import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { slimComponentUi } from './slim-component-ui.ts';

/** A miniature of the package's esbuild output: sections, a language list and an export list. */
const SOURCE = `var __export = () => {};
var components_exports = {};
__export(components_exports, {
  PagefindInput: () => PagefindInput,
  PagefindModal: () => PagefindModal
});

// ../translations/en.json
var strings = { placeholder: "Search" };
var en_exports = { strings };

// ../translations/nl.json
var strings2 = { placeholder: "Zoeken" };
var nl_exports = { strings: strings2 };

// import-glob:../../translations/*.json
var modules = [en_exports, nl_exports];
var filenames = ["../../translations/en.json", "../../translations/nl.json"];

// components/pagefind-input.ts
class PagefindInput {}

// components/pagefind-modal.ts
class PagefindModal {
  get strings() { return 1; }
}

// component-ui.ts
export {
  PagefindInput,
  PagefindModal
};
`;

const NL_INPUT = { language: 'nl', components: ['pagefind-input'] };

describe('slimComponentUi', () => {
  it('keeps only the chosen language and components, and the lists that name them', () => {
    const slim = slimComponentUi(SOURCE, NL_INPUT);
    expect(slim).toContain('var modules = [nl_exports];');
    expect(slim).toContain('var filenames = ["../../translations/nl.json"];');
    expect(slim).toContain('class PagefindInput');
    expect(slim).not.toMatch(/PagefindModal|"Search"|en_exports/);
    expect(slim.endsWith('};\n')).toBe(true);
  });

  it('stops when kept code still uses something it removed', () => {
    const source = SOURCE.replace('class PagefindInput {}', 'class PagefindInput extends PagefindModal {}');
    expect(() => slimComponentUi(source, NL_INPUT)).toThrow(/PagefindModal/);
  });

  it('stops when the language has no strings in the package', () => {
    expect(() => slimComponentUi(SOURCE, { ...NL_INPUT, language: 'fy' })).toThrow(/"fy"/);
  });

  it("slims the installed package to a module that still defines the search page's components", () => {
    const file = createRequire(import.meta.url).resolve('@pagefind/component-ui');
    const source = readFileSync(file.replace(/cjs\/component-ui\.cjs$/, 'mjs/component-ui.mjs'), 'utf8');
    const slim = slimComponentUi(source, { language: 'nl', components: ['pagefind-config', 'pagefind-input', 'pagefind-results'] });
    expect(slim.length).toBeLessThan(source.length / 2);
    expect(slim).toContain('customElements.define("pagefind-results"');
    expect(slim).not.toContain('customElements.define("pagefind-modal"');
  });
});
