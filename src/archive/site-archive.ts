import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, rmSync, writeFileSync, writevSync } from 'node:fs';
import path from 'node:path';
import { renderCdx, type CdxEntry } from './cdx.ts';
import { contentTypeOf, mediaTypeOf } from './content-type.ts';
import {
  digestText,
  httpDate,
  httpHead,
  httpMessage,
  RECORD_END,
  recordHead,
  recordId,
  serialiseRecord,
  warcDate,
  warcFields,
  warcTimestamp,
} from './warc-record.ts';

/** The Nationaal Archief's guideline: WARC files of at most 1 GB each. */
export const MAX_WARC_BYTES = 1_000_000_000;

/** Files in the output that configure the host and are not served as pages of the site. */
export const HOST_FILES: readonly string[] = ['_headers', 'nginx-security.conf', '.nojekyll'];

/** The archiving guideline the archive follows, named in every warcinfo record. */
export const ARCHIVE_POLICY = 'Richtlijn archiveren overheidswebsites, Nationaal Archief (2018)';

/** What the warcinfo record says about the site and who publishes it. */
export interface ArchiveInfo {
  siteName: string;
  publisher: string;
  /** The public URL with its base path, without a trailing slash. */
  siteUrl: string;
  /** The build date: every record carries it, so two builds of one date are identical. */
  date: Date;
  /** Name and version of the software that wrote the archive. */
  software: string;
}

export interface ArchiveResult {
  warcFiles: string[];
  cdxFile: string;
  responses: number;
}

/** Writes the buffers in order with as few calls as the system allows: one call may write less than asked. */
function writeAll(handle: number, buffers: readonly Buffer[]): void {
  let pending = buffers.filter((buffer) => buffer.length > 0);
  while (pending.length > 0) {
    let done = writevSync(handle, pending);
    while (pending.length > 0 && done >= pending[0]!.length) done -= pending.shift()!.length;
    if (done > 0) pending[0] = pending[0]!.subarray(done);
  }
}

/** Every file below `dir` relative to it, with `/`, sorted by code point. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The URL a host serves a built file at: `a/index.html` at `a/`, every other file at its own path. */
export function urlOfFile(siteUrl: string, file: string): string {
  const sitePath = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${siteUrl}/${encodeURI(sitePath)}`;
}

/** The files of the built site that the archive holds: everything but the host's configuration. */
export function archivedFiles(outDir: string): string[] {
  return listFiles(outDir).filter((file) => !HOST_FILES.includes(file));
}

/** Base name of the WARC files: host and base path, then the build's timestamp. */
export function archiveName(info: ArchiveInfo): string {
  const { host, pathname } = new URL(info.siteUrl);
  const where = `${host}${pathname}`.replace(/\/+$/, '').replace(/[^A-Za-z0-9.-]+/g, '-');
  return `${where}-${warcTimestamp(info.date)}`;
}

function warcinfoFields(info: ArchiveInfo, fileName: string, userAgent: string): [string, string][] {
  return [
    ['software', info.software],
    ['format', 'WARC File Format 1.1'],
    ['conformsTo', 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/'],
    // Not a crawl: the site wrote its own files, so no robots.txt was consulted or obeyed.
    ['robots', 'ignore'],
    ['operator', info.publisher],
    ['publisher', info.publisher],
    ['title', info.siteName],
    ['isPartOf', info.siteName],
    ['description', `Archief van ${info.siteName} (${info.siteUrl}/), uit de gebouwde bestanden van de site geschreven, niet gecrawld`],
    ['hostname', new URL(info.siteUrl).host],
    ['http-header-user-agent', userAgent],
    ['date', warcDate(info.date)],
    ['policy', ARCHIVE_POLICY],
    ['filename', fileName],
  ];
}

/** Bytes read from a built file at a time: a file up to this size is read once, a larger one in parts, twice. */
const PART_BYTES = 1 << 20;

/**
 * Reads a built file in parts into one reused buffer and hands each part to `visit`: memory stays
 * at one part whatever the file's size (the cards' zip of a large harvest runs to hundreds of MB).
 */
function readParts(handle: number, size: number, buffer: Buffer, visit: (part: Buffer) => void): void {
  for (let position = 0; position < size;) {
    const read = readSync(handle, buffer, 0, Math.min(buffer.length, size - position), position);
    if (read === 0) throw new Error(`bestand werd korter tijdens het archiveren (${position} van ${size} bytes gelezen)`);
    visit(buffer.subarray(0, read));
    position += read;
  }
}

/**
 * Writes the built site as WARC 1.1 files (uncompressed, each at most `maxBytes`) and a CDX index
 * into `archiveDir`: per served file a request record and a response record with status 200, the
 * Content-Type and the security headers the host gives that path (`headersOf`), each file of the
 * archive opening with its own warcinfo record. Nothing depends on the clock or the order of the disk.
 * Each file's bytes go from the disk to the archive in parts (digests first, then the copy), never
 * all at once.
 */
export function writeSiteArchive(options: {
  outDir: string;
  archiveDir: string;
  info: ArchiveInfo;
  headersOf: (file: string) => readonly (readonly [string, string])[];
  maxBytes?: number;
}): ArchiveResult {
  const { outDir, archiveDir, info, headersOf } = options;
  const maxBytes = options.maxBytes ?? MAX_WARC_BYTES;
  rmSync(archiveDir, { recursive: true, force: true });
  mkdirSync(archiveDir, { recursive: true });
  const name = archiveName(info);
  const date = warcDate(info.date);
  const timestamp = warcTimestamp(info.date);
  const userAgent = `${info.software} (archief uit de build)`;
  const host = new URL(info.siteUrl).host;
  const warcFiles: string[] = [];
  const cdx: CdxEntry[] = [];
  const buffer = Buffer.allocUnsafe(PART_BYTES);
  let handle: number | undefined;
  let written = 0;
  let warcinfoId = '';
  let firstRecordBytes = 0;

  const write = (...buffers: Buffer[]) => {
    writeAll(handle!, buffers);
    for (const buffer of buffers) written += buffer.length;
  };
  const startFile = () => {
    if (handle !== undefined) closeSync(handle);
    const fileName = `${name}-${String(warcFiles.length).padStart(5, '0')}.warc`;
    warcFiles.push(fileName);
    handle = openSync(path.join(archiveDir, fileName), 'w');
    written = 0;
    warcinfoId = recordId(`warcinfo ${fileName}`);
    write(
      serialiseRecord({
        type: 'warcinfo',
        id: warcinfoId,
        date,
        contentType: 'application/warc-fields',
        block: warcFields(warcinfoFields(info, fileName, userAgent)),
        fields: [['WARC-Filename', fileName]],
      }),
    );
    firstRecordBytes = written;
  };

  startFile();
  for (const file of archivedFiles(outDir)) {
    const url = urlOfFile(info.siteUrl, file);
    const source = openSync(path.join(outDir, file), 'r');
    try {
      const size = fstatSync(source).size;
      const contentType = contentTypeOf(file);
      const httpHeadBytes = httpHead('HTTP/1.1 200 OK', [
        ['Date', httpDate(info.date)],
        ['Content-Type', contentType],
        ['Content-Length', String(size)],
        ...headersOf(file),
      ]);
      // One pass over the body for both digests; a body that fits the buffer stays in it for the copy.
      const payloadHash = createHash('sha1');
      const blockHash = createHash('sha1').update(httpHeadBytes);
      readParts(source, size, buffer, (part) => {
        payloadHash.update(part);
        blockHash.update(part);
      });
      const payloadDigest = digestText(payloadHash);
      const blockDigest = digestText(blockHash);
      const blockLength = httpHeadBytes.length + size;
      const pair = () => {
        const responseId = recordId(`response ${url} ${date}`);
        const request = serialiseRecord({
          type: 'request',
          id: recordId(`request ${url} ${date}`),
          date,
          contentType: 'application/http; msgtype=request',
          block: httpMessage(`GET ${new URL(url).pathname} HTTP/1.1`, [
            ['Host', host],
            ['User-Agent', userAgent],
          ]),
          fields: [
            ['WARC-Target-URI', url],
            ['WARC-Warcinfo-ID', warcinfoId],
            ['WARC-Concurrent-To', responseId],
          ],
        });
        const responseHead = recordHead(
          {
            type: 'response',
            id: responseId,
            date,
            contentType: 'application/http; msgtype=response',
            fields: [
              ['WARC-Target-URI', url],
              ['WARC-Warcinfo-ID', warcinfoId],
              ['WARC-Payload-Digest', payloadDigest],
            ],
          },
          blockLength,
          blockDigest,
        );
        return { request, responseHead, responseLength: responseHead.length + blockLength + RECORD_END.length };
      };
      let records = pair();
      // A new file when this pair would pass the limit, unless the file holds only its warcinfo
      // (a single file larger than the limit still has to go somewhere).
      if (written + records.request.length + records.responseLength > maxBytes && written > firstRecordBytes) {
        startFile();
        records = pair();
      }
      const offset = written + records.request.length;
      cdx.push({
        url,
        timestamp,
        mediaType: mediaTypeOf(contentType),
        status: 200,
        digest: payloadDigest.slice('sha1:'.length),
        length: records.responseLength,
        offset,
        file: warcFiles.at(-1)!,
      });
      // Both records in one call when the body is in the buffer; a larger body follows in parts.
      if (size <= buffer.length) write(records.request, records.responseHead, httpHeadBytes, buffer.subarray(0, size), RECORD_END);
      else {
        write(records.request, records.responseHead, httpHeadBytes);
        readParts(source, size, buffer, (part) => write(part));
        write(RECORD_END);
      }
    } finally {
      closeSync(source);
    }
  }
  if (handle !== undefined) closeSync(handle);
  const cdxFile = `${name}.cdx`;
  writeFileSync(path.join(archiveDir, cdxFile), renderCdx(cdx));
  return { warcFiles, cdxFile, responses: cdx.length };
}
