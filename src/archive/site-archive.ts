import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { renderCdx, type CdxEntry } from './cdx.ts';
import { contentTypeOf, mediaTypeOf } from './content-type.ts';
import { httpDate, httpMessage, recordId, serialiseRecord, warcDate, warcDigest, warcFields, warcTimestamp } from './warc-record.ts';

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

/** Writes the whole buffer: one writeSync call may write less than asked. */
function writeAll(handle: number, bytes: Buffer): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(handle, bytes, offset, bytes.length - offset);
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

/**
 * Writes the built site as WARC 1.1 files (uncompressed, each at most `maxBytes`) and a CDX index
 * into `archiveDir`: per served file a request record and a response record with status 200, the
 * Content-Type and the security headers the host gives that path (`headersOf`), each file of the
 * archive opening with its own warcinfo record. Nothing depends on the clock or the order of the disk.
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
  const userAgent = `${info.software} (archief uit de build)`;
  const host = new URL(info.siteUrl).host;
  const warcFiles: string[] = [];
  const cdx: CdxEntry[] = [];
  let handle: number | undefined;
  let written = 0;
  let warcinfoId = '';
  let firstRecordBytes = 0;

  const startFile = () => {
    if (handle !== undefined) closeSync(handle);
    const fileName = `${name}-${String(warcFiles.length).padStart(5, '0')}.warc`;
    warcFiles.push(fileName);
    handle = openSync(path.join(archiveDir, fileName), 'w');
    warcinfoId = recordId(`warcinfo ${fileName}`);
    const record = serialiseRecord({
      type: 'warcinfo',
      id: warcinfoId,
      date,
      contentType: 'application/warc-fields',
      block: warcFields(warcinfoFields(info, fileName, userAgent)),
      fields: [['WARC-Filename', fileName]],
    });
    writeAll(handle, record);
    written = record.length;
    firstRecordBytes = record.length;
  };

  startFile();
  for (const file of archivedFiles(outDir)) {
    const url = urlOfFile(info.siteUrl, file);
    const body = readFileSync(path.join(outDir, file));
    const contentType = contentTypeOf(file);
    const payloadDigest = warcDigest(body);
    const headers: (readonly [string, string])[] = [
      ['Date', httpDate(info.date)],
      ['Content-Type', contentType],
      ['Content-Length', String(body.length)],
      ...headersOf(file),
    ];
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
      const response = serialiseRecord({
        type: 'response',
        id: responseId,
        date,
        contentType: 'application/http; msgtype=response',
        block: httpMessage('HTTP/1.1 200 OK', headers, body),
        fields: [
          ['WARC-Target-URI', url],
          ['WARC-Warcinfo-ID', warcinfoId],
          ['WARC-Payload-Digest', payloadDigest],
        ],
      });
      return { request, response };
    };
    let records = pair();
    // A new file when this pair would pass the limit, unless the file holds only its warcinfo
    // (a single file larger than the limit still has to go somewhere).
    if (written + records.request.length + records.response.length > maxBytes && written > firstRecordBytes) {
      startFile();
      records = pair();
    }
    writeAll(handle!, records.request);
    written += records.request.length;
    cdx.push({
      url,
      timestamp: warcTimestamp(info.date),
      mediaType: mediaTypeOf(contentType),
      status: 200,
      digest: payloadDigest.slice('sha1:'.length),
      length: records.response.length,
      offset: written,
      file: warcFiles.at(-1)!,
    });
    writeAll(handle!, records.response);
    written += records.response.length;
  }
  if (handle !== undefined) closeSync(handle);
  const cdxFile = `${name}.cdx`;
  writeFileSync(path.join(archiveDir, cdxFile), renderCdx(cdx));
  return { warcFiles, cdxFile, responses: cdx.length };
}
