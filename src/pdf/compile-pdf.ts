/**
 * Typst source to a PDF/UA-1 file with the site's own font only. Typst checks the document
 * against PDF/UA-1 while writing it (alt text on every image, a title, a language, …) and
 * refuses it otherwise; that refusal, like a compile error, is thrown as a Dutch message.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { woffToSfnt } from '../raster/woff-to-sfnt.ts';

const require = createRequire(import.meta.url);

/** Regular, semibold, bold and italic: what headings, strong text and emphasis use. */
const FONT_FILES = ['400-normal', '600-normal', '700-normal', '400-italic', '700-italic'] as const;

/** The TrueType fonts, unpacked from the site's WOFF files (Typst reads no WOFF). */
export function siteFontBlobs(): Buffer[] {
  return FONT_FILES.map((name) =>
    woffToSfnt(readFileSync(require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${name}.woff`))),
  );
}

/** The versions of the Typst compiler package and of pdf-lib (src/pdf/row-headers.ts), part of the cache key. */
export function compilerVersion(): string {
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  return `${version('@myriaddreamin/typst-ts-node-compiler')} ${version('pdf-lib')}`;
}

/** A document Typst would not write; `messages` are Typst's own diagnostics. */
export class TypstFailure extends Error {
  readonly messages: string[];
  constructor(messages: string[]) {
    super(messages.join('; '));
    this.name = 'TypstFailure';
    this.messages = messages;
  }
}

let compiler: NodeCompiler | undefined;

function diagnostics(error: unknown): string[] {
  const list = (error as { shortDiagnostics?: { message?: string }[] } | null)?.shortDiagnostics ?? [];
  return list.map((d) => String(d.message ?? d)).filter(Boolean);
}

/** The compiler's own root: a folder that is not on disk, so Typst reads only the files it is given. */
const WORKSPACE = '/oogst-pdf';

/**
 * Compiles `source` to PDF/UA-1. `timestamp` (seconds) is the build date, so two builds give the
 * same bytes. `files` are the only files the source can name (by their path from the root, such
 * as "/afbeeldingen/…"). Throws TypstFailure with Typst's messages when the document cannot be made.
 */
export function compileTypstPdf(source: string, timestamp: number, files: ReadonlyMap<string, Buffer> = new Map()): Buffer {
  // No system fonts: only the site's, so every machine sets the same document.
  compiler ??= NodeCompiler.create({ workspace: WORKSPACE, fontArgs: [{ fontBlobs: siteFontBlobs() }] });
  compiler.resetShadow();
  for (const [file, bytes] of files) compiler.mapShadow(`${WORKSPACE}${file}`, bytes);
  const compiled = compiler.compile({ mainFileContent: source });
  const error = compiled.takeError();
  const document = compiled.result;
  if (error || !document) throw new TypstFailure(diagnostics(error).length > 0 ? diagnostics(error) : ['onbekende fout van Typst']);
  try {
    return compiler.pdf(document, { pdfStandard: 'ua-1', creationTimestamp: timestamp });
  } catch (failure) {
    throw new TypstFailure([failure instanceof Error ? failure.message : String(failure)]);
  }
}
