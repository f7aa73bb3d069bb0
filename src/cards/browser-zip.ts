import { Zip, ZipPassThrough } from 'fflate';

/** The date every entry of a card zip carries, so the same cards make the same zip in every time zone. */
export const ZIP_ENTRY_DATE = new Date(2021, 0, 1);

/** How many files are fetched at once while a zip is made. */
const PARALLEL_FETCHES = 4;

/**
 * A zip of `names`, each fetched with `fetchFile` (a few at a time, added in the given order) and
 * stored, not compressed again: PNGs are compressed already. `progress` hears after each file.
 * Runs in the browser (the gallery's download button) and in Node (its test).
 */
export async function zipCardFiles(
  names: readonly string[],
  fetchFile: (name: string) => Promise<Uint8Array>,
  progress: (done: number, total: number) => void = () => {},
): Promise<Blob> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const started: Array<Promise<Uint8Array>> = [];
  const start = (index: number) => {
    if (index >= names.length) return;
    started[index] = fetchFile(names[index]!);
    // Awaited in turn below; a failure before its turn must not count as unhandled.
    started[index].catch(() => undefined);
  };
  for (let index = 0; index < PARALLEL_FETCHES; index++) start(index);
  for (const [index, name] of names.entries()) {
    const data = await started[index]!;
    start(index + PARALLEL_FETCHES);
    const entry = new ZipPassThrough(name);
    entry.mtime = ZIP_ENTRY_DATE;
    zip.add(entry);
    entry.push(data, true);
    if (failure) throw failure;
    progress(index + 1, names.length);
  }
  zip.end();
  if (failure) throw failure;
  return new Blob(chunks as BlobPart[], { type: 'application/zip' });
}
