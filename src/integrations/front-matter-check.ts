import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { getContentDir } from '../config/content-dir';
import { findImpossibleDates } from '../loaders/yaml-dates';

/** One problem the YAML parser itself hides, with where it is and how to fix it. */
export interface FrontMatterProblem {
  line: number;
  field: string;
  message: string;
}

/** The YAML of a Markdown file's front matter, or the whole file for .yaml; line numbers stay as in the file. */
function yamlLines(file: string, text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (/\.ya?ml$/.test(file)) return lines;
  if (lines[0]?.trim() !== '---') return [];
  const end = lines.indexOf('---', 1);
  return lines.slice(0, end < 0 ? lines.length : end);
}

const IMAGE_PATH = /^(\.{1,2}\/[^\s#?]+\.(?:png|jpe?g|gif|webp|avif|svg))$/i;

/**
 * Finds what js-yaml and Astro let through silently or report without the file's name:
 * an unquoted date that does not exist (YAML turns 2021-13-45 into 14 February 2022) and a
 * relative image path that points to no file.
 */
export function findFrontMatterProblems(file: string, text: string): FrontMatterProblem[] {
  const lines = yamlLines(file, text);
  const problems: FrontMatterProblem[] = findImpossibleDates(lines.join('\n')).map(({ line, field, value }) => ({
    line,
    field,
    message: `"${value}" bestaat niet als datum; schrijf JJJJ-MM-DD met een maand van 01 tot 12 en een dag die in die maand bestaat`,
  }));
  lines.forEach((line, index) => {
    const match = /^\s*(?:-\s+)?([\w-]+):\s*['"]?([^'"#]*?)['"]?\s*(?:#.*)?$/.exec(line);
    if (!match) return;
    const field = match[1] ?? '';
    const value = match[2] ?? '';
    const image = IMAGE_PATH.exec(value);
    if (image && !existsSync(path.resolve(path.dirname(file), image[1] ?? ''))) {
      problems.push({ line: index + 1, field, message: `de afbeelding "${value}" bestaat niet naast dit bestand; controleer de naam en de map (hoofdletters tellen mee)` });
    }
  });
  return problems;
}

/** Markdown, MDX and YAML files below `dir`, skipping notes whose name starts with "_". */
function listContentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(mdx?|ya?ml)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(dir, file).split(path.sep).some((part) => part.startsWith('_')))
    .sort();
}

/** Stops a build, before anything is rendered, on impossible dates and missing images in front matter; the dev server reports them. */
export default function frontMatterCheck(): AstroIntegration {
  return {
    name: 'oogst-front-matter-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problems: string[] = [];
        for (const file of listContentFiles(getContentDir())) {
          const shown = path.relative(process.cwd(), file);
          for (const problem of findFrontMatterProblems(file, readFileSync(file, 'utf8'))) problems.push(`  - ${shown}, regel ${problem.line}, veld ${problem.field}: ${problem.message}`);
        }
        if (problems.length === 0) return;
        const message = `De inhoud bevat fouten (${problems.length}):\n${problems.join('\n')}`;
        // The dev server keeps running so the editor sees the fix take effect; a build stops.
        if (command === 'dev') logger.error(message);
        else throw new Error(message);
      },
    },
  };
}
