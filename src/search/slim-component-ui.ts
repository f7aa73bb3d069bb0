/**
 * Pagefind's component UI package is one ES module that carries the strings of 45
 * languages and every component (modal, searchbox, dropdown …). The search page needs
 * one language and five components; this cuts the rest out of the module's source
 * before Vite bundles it, so a first search downloads a third of the script.
 *
 * The module is esbuild output: every source file starts with a `// path` line at
 * column 0. Whole files are dropped, the lists that name them are shortened, and the
 * result is checked: if anything still refers to a dropped name, the build stops
 * (a newer package may have been shaped differently).
 */

/** What to keep. */
export interface SlimOptions {
  /** The one language whose strings stay, as its file name: `nl`. */
  language: string;
  /** Component files to keep, by tag name: `pagefind-input`. Core files always stay. */
  components: readonly string[];
  /** Core files to drop as well, by path: `core/keyboard-shortcuts.ts`. */
  dropCore?: readonly string[];
}

interface Section {
  path: string;
  text: string;
}

const SECTION_START = /^\/\/ ((?:import-glob:)?[\w./@*-]+)$/;
const DECLARATION = /^(?:var|let|const|function|async function|class) (\w+)/gm;

function splitSections(source: string): Section[] {
  const sections: Section[] = [{ path: '', text: '' }];
  for (const line of source.split('\n')) {
    const start = SECTION_START.exec(line);
    if (start) sections.push({ path: start[1]!, text: '' });
    sections[sections.length - 1]!.text += line + '\n';
  }
  return sections;
}

function isDropped(path: string, options: SlimOptions): boolean {
  const translation = /^\.\.\/translations\/(.+)\.json$/.exec(path);
  if (translation) return translation[1] !== options.language;
  const component = /^components\/(pagefind-[\w-]+)\.ts$/.exec(path);
  if (component) return !options.components.includes(component[1]!);
  return options.dropCore?.includes(path) ?? false;
}

/** Removes list entries (array items, `name: () => name,` and `name,` lines) naming a dropped identifier. */
function pruneLists(text: string, dropped: ReadonlySet<string>, language: string): string {
  return text
    .replace(
      /^(var modules = \[)(.*)(\];)$/m,
      (_, open: string, items: string, close: string) =>
        open +
        items
          .split(', ')
          .filter((item) => !dropped.has(item))
          .join(', ') +
        close,
    )
    .replace(
      /^(var filenames = \[)(.*)(\];)$/m,
      (_, open: string, items: string, close: string) =>
        open +
        items
          .split(', ')
          .filter((item) => item.endsWith(`/${language}.json"`))
          .join(', ') +
        close,
    )
    .split('\n')
    .filter((line) => {
      const entry = /^ {2}(?:\w+: \(\) => )?(\w+),?$/.exec(line);
      return !entry || !dropped.has(entry[1]!);
    })
    .join('\n');
}

/** The component UI module's source with only `options.language` and `options.components` left in. */
export function slimComponentUi(source: string, options: SlimOptions): string {
  const sections = splitSections(source);
  const kept = sections.filter((section) => !isDropped(section.path, options));
  const dropped = new Set(
    sections
      .filter((section) => isDropped(section.path, options))
      .flatMap((section) => [...section.text.matchAll(DECLARATION)].map((match) => match[1]!)),
  );
  if (!kept.some((section) => section.path === `../translations/${options.language}.json`)) {
    throw new Error(`Pagefind's component UI has no strings for "${options.language}"; check the @pagefind/component-ui version.`);
  }
  // Splitting gave every line, the last one too, a newline of its own: take that one off again.
  const result = pruneLists(
    kept
      .map((section) => section.text)
      .join('')
      .slice(0, -1),
    dropped,
    options.language,
  );
  // Comments, property keys and accessors may share a removed variable's name without using it.
  const code = result
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\b([gs]et) \w+\(/g, '$1 (');
  const stillUsed = [...dropped].filter((name) => new RegExp(`(?<![\\w$.])${name}(?![\\w$:])`).test(code));
  if (stillUsed.length > 0) {
    throw new Error(
      `Slimming Pagefind's component UI left references to removed code: ${stillUsed.join(', ')}. Keep the file that declares them.`,
    );
  }
  return result;
}
