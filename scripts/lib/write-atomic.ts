import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes a file completely or not at all: to a temporary file beside it, then renamed over it. */
export function writeFileAtomic(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
