/**
 * The 1-based line (within the YAML text) of a field path such as ["hero", "alt"] or
 * ["themes", 1]. Falls back to the deepest part of the path that was found, so a
 * missing field points at its parent.
 */
export function findFieldLine(yamlText: string, path: readonly (string | number)[]): number | undefined {
  const lines = yamlText.split(/\r?\n/);
  let from = 0;
  let indent = -1;
  let found: number | undefined;
  for (const part of path) {
    if (typeof part === 'number') break;
    const key = new RegExp(`^(\\s*)(?:- )?["']?${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
    let hit: number | undefined;
    for (let index = from; index < lines.length; index++) {
      const line = lines[index]!;
      const match = key.exec(line);
      if (match && match[1]!.length > indent) {
        hit = index;
        indent = match[1]!.length;
        break;
      }
      const ownIndent = /^(\s*)\S/.exec(line)?.[1]!.length;
      if (ownIndent !== undefined && ownIndent <= indent && !line.trimStart().startsWith('#')) break;
    }
    if (hit === undefined) break;
    found = hit + 1;
    from = hit + 1;
  }
  return found;
}
