import type { ContentProblem } from '../messages/content-problems.ts';

/** Problems for numbers that must be unique within a collection (chapter order, insight number). */
export function findDuplicateNumbers(items: readonly { file: string; value: number }[], field: string): ContentProblem[] {
  const firstFile = new Map<number, string>();
  const problems: ContentProblem[] = [];
  for (const { file, value } of items) {
    const first = firstFile.get(value);
    if (first === undefined) firstFile.set(value, file);
    else problems.push({ file, field, message: `${value} wordt ook gebruikt door ${first}: geef elk een eigen nummer` });
  }
  return problems;
}
