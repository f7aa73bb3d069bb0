import { markdownToMdast } from 'satteri';
import { error, type CheckProblem } from '../messages/content-problems.ts';
import { UPLOAD_TEXT } from '../messages/upload-problems.ts';
import type { RuleEntry } from './types.ts';

interface Node {
  type: string;
  value?: string;
  position?: { start: { line: number } };
  children?: Node[];
}

/**
 * An HTML comment in a Markdown body (`<!-- INTERN: … -->`) is copied into the page, where
 * anyone can read it with "view source": it is refused, not silently dropped, so the editor
 * knows the note was never private. (MDX has no HTML comments; its `{/* … *\/}` is not published.)
 * Comments inside code blocks are text and stay.
 */
export function checkHtmlComments(entry: RuleEntry): CheckProblem[] {
  if (!/\.md$/i.test(entry.absoluteFile) || !entry.body.includes('<!--')) return [];
  let tree: Node;
  try {
    tree = markdownToMdast(entry.body) as Node;
  } catch {
    return [];
  }
  const problems: CheckProblem[] = [];
  const visit = (node: Node) => {
    if (node.type === 'html' && node.value?.includes('<!--'))
      problems.push(
        error({
          file: entry.file,
          line: entry.bodyLine + (node.position?.start.line ?? 1) - 1,
          field: 'tekst',
          ...UPLOAD_TEXT.htmlComment,
        }),
      );
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}

/**
 * An HTML comment in a front-matter value or a YAML file (`summary: Tekst <!-- intern -->`): the
 * value is published as text, so the note is on the page for everyone. Refused like one in a body.
 */
export function checkFieldComments(entry: RuleEntry): CheckProblem[] {
  return entry.yamlText
    .split('\n')
    .flatMap((text, index) =>
      text.includes('<!--')
        ? [error({ file: entry.file, line: entry.lineOffset + index + 1, field: 'tekst', ...UPLOAD_TEXT.htmlCommentInField })]
        : [],
    );
}

/** An HTML comment in a cell of a CSV file: published as text in pages, search and open data. */
export function checkCsvComments(text: string, file: string): CheckProblem[] {
  return text
    .split('\n')
    .flatMap((line, index) =>
      line.includes('<!--') ? [error({ file, line: index + 1, field: '(rij)', ...UPLOAD_TEXT.htmlCommentInField })] : [],
    );
}
