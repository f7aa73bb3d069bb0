import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuildSettings } from '../config/build-context.ts';
import { checkRawHtmlFragment } from '../markdown/check-markup.ts';
import { checkEsm, checkExpression, checkJsxElement, type JsxAttribute, type MarkupFinding } from '../markdown/markup-policy.ts';
import { checkElement, relForNewWindow } from '../markdown/safe-content.ts';

/** The parts of a Sätteri hast visitor context this plugin uses. */
interface VisitorContext {
  readonly fileURL: URL | undefined;
  setProperty(node: unknown, key: string, value: unknown): void;
  replaceNode(node: unknown, replacement: unknown): void;
}
interface ElementNode {
  tagName: string;
  properties?: Record<string, unknown>;
}
interface HastJsxAttribute {
  type: string;
  name?: string;
  value?: string | { value: string } | null;
}
interface JsxNode {
  name: string | null;
  attributes: HastJsxAttribute[];
  children?: unknown[];
}
interface ExpressionNode {
  value: string;
}
interface RawNode {
  type: 'raw';
  value: string;
}

/**
 * Every unsafe thing found in this process. Astro's content layer logs a rendering error of a
 * Markdown entry and goes on, so the build checks this list as well and stops.
 */
const found: string[] = [];

/** Thrown when content holds something unsafe; the message names the file and the fix. */
export class UnsafeContentError extends Error {
  constructor(fileURL: URL | undefined, problems: string[]) {
    const file = fileURL ? path.relative(process.cwd(), fileURLToPath(fileURL)) : '(onbekend bestand)';
    super(`${file} bevat iets onveiligs:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'UnsafeContentError';
    found.push(this.message);
  }
}

const text = (value: unknown): string | undefined =>
  Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : undefined;

/**
 * Files in the content folder come from editors and follow the markup policy; MDX elsewhere
 * (a page a developer writes in src/pages/) is code of the project and may use all of MDX.
 */
const isContentOf = (contentDir: string, fileURL: URL | undefined) =>
  fileURL === undefined || fileURLToPath(fileURL).startsWith(path.resolve(contentDir) + path.sep);

function jsxAttributes(node: JsxNode): JsxAttribute[] {
  return node.attributes.map((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name)
      return { spread: typeof attribute.value === 'string' ? attribute.value : '…' };
    const value = attribute.value;
    return {
      name: attribute.name,
      value: value === undefined || value === null ? null : typeof value === 'string' ? value : { expression: value.value },
    };
  });
}

/**
 * A Sätteri hast plugin, the markup policy inside the compiler: in `npm run dev` (where the
 * check only reports) content with code is never compiled, so it never runs. It also gives
 * new-window links a safe rel. The content folder is the build context's.
 */
export const safeContentPlugin = (contentDir: () => string) => {
  const refuse = (ctx: VisitorContext, findings: MarkupFinding[]) => {
    if (findings.length > 0 && isContentOf(contentDir(), ctx.fileURL))
      throw new UnsafeContentError(
        ctx.fileURL,
        findings.map(({ message, fix }) => `${message} → oplossing: ${fix}`),
      );
  };
  return {
    name: 'oogst-safe-content',
    element: {
      filter: [] as string[],
      visit(node: ElementNode, ctx: VisitorContext) {
        const properties = node.properties ?? {};
        const attributes = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, text(value)]));
        const problems = checkElement(node.tagName, attributes);
        if (problems.length > 0) throw new UnsafeContentError(ctx.fileURL, problems);
        if (text(properties.target) === '_blank') ctx.setProperty(node, 'rel', relForNewWindow(text(properties.rel)).split(' '));
      },
    },
    mdxJsxFlowElement: {
      filter: [] as string[],
      visit: (node: JsxNode, ctx: VisitorContext) =>
        refuse(ctx, checkJsxElement(node.name, jsxAttributes(node), (node.children ?? []).length > 0)),
    },
    mdxJsxTextElement: {
      filter: [] as string[],
      visit: (node: JsxNode, ctx: VisitorContext) =>
        refuse(ctx, checkJsxElement(node.name, jsxAttributes(node), (node.children ?? []).length > 0)),
    },
    mdxFlowExpression: (node: ExpressionNode, ctx: VisitorContext) => refuse(ctx, checkExpression(node.value)),
    mdxTextExpression: (node: ExpressionNode, ctx: VisitorContext) => refuse(ctx, checkExpression(node.value)),
    mdxjsEsm: (node: ExpressionNode, ctx: VisitorContext) => refuse(ctx, checkEsm(node.value)),
    raw(node: RawNode, ctx: VisitorContext) {
      refuse(ctx, checkRawHtmlFragment(node.value));
      if (/target\s*=\s*["']?_blank/i.test(node.value) && !/\srel\s*=/i.test(node.value)) {
        ctx.replaceNode(node, {
          type: 'raw',
          value: node.value.replace(/(\starget\s*=\s*["']?_blank["']?)/gi, '$1 rel="noopener noreferrer"'),
        });
      }
    },
  };
};

/** Adds the plugin to a Markdown processor once; false when the processor cannot take hast plugins. */
function register(processor: unknown, plugin: unknown): boolean {
  const plugins = (processor as { options?: { hastPlugins?: unknown[] } } | undefined)?.options?.hastPlugins;
  if (!Array.isArray(plugins)) return false;
  if (!plugins.includes(plugin)) plugins.push(plugin);
  return true;
}

/**
 * Registers the plugin on the Markdown processor, which MDX shares. Both hooks, because MDX reads
 * the processor during setup and the content layer only after Astro has resolved the final config.
 */
export default function safeContent(settings: Pick<BuildSettings, 'contentDir'>): AstroIntegration {
  const plugin = safeContentPlugin(() => settings.contentDir);
  const fail = (name: string | undefined) => {
    throw new Error(
      `oogst-safe-content werkt met de Sätteri-Markdownprocessor van Astro; de ingestelde processor (${name ?? 'geen'}) kan de inhoud niet controleren`,
    );
  };
  return {
    name: 'oogst-safe-content',
    hooks: {
      'astro:config:setup': ({ config }) => {
        if (!register(config.markdown.processor, plugin)) fail(config.markdown.processor?.name);
      },
      'astro:config:done': ({ config }) => {
        if (!register(config.markdown.processor, plugin)) fail(config.markdown.processor?.name);
      },
      'astro:build:start': () => {
        if (found.length > 0) throw new Error(`De build stopt: de inhoud bevat iets onveiligs.\n${[...new Set(found)].join('\n')}`);
      },
    },
  };
}
