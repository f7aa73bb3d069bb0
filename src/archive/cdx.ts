/**
 * A CDX index (the classic 11-field format replay tools such as pywb and OpenWayback read): one
 * line per response record with its SURT key, time, URL, type, status, digest, length, offset
 * and WARC file, sorted by key and time in byte order as those tools expect.
 */

/** The header line naming the 11 fields: key, timestamp, URL, MIME type, status, digest, redirect, robots, length, offset, file. */
export const CDX_HEADER = ' CDX N b a m s k r M S V g';

/** One response record as the index sees it. */
export interface CdxEntry {
  url: string;
  timestamp: string;
  mediaType: string;
  status: number;
  /** SHA-1 of the payload in base32, without the `sha1:` prefix. */
  digest: string;
  /** Bytes of the whole record in the WARC file. */
  length: number;
  offset: number;
  file: string;
}

/**
 * The SURT form of a URL: host parts reversed and joined by commas, `www.` left out, then `)` and
 * the path in lower case (the canonical key of the Internet Archive's tools).
 */
export function surtKey(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname
    .toLowerCase()
    .replace(/^www\d*\./, '')
    .split('.')
    .reverse()
    .join(',');
  const port = parsed.port ? `:${parsed.port}` : '';
  return `${host}${port})${(parsed.pathname + parsed.search).toLowerCase()}`;
}

/** A field of a CDX line: spaces would split it, so they are escaped as in URLs. */
const field = (value: string) => (value === '' ? '-' : value.replace(/ /g, '%20'));

const byBytes = (a: string, b: string) => {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return Buffer.compare(x, y);
};

/** The whole index: header line, then one line per entry in byte order. */
export function renderCdx(entries: readonly CdxEntry[]): string {
  const lines = entries.map((entry) =>
    [
      field(surtKey(entry.url)),
      entry.timestamp,
      field(entry.url),
      field(entry.mediaType),
      String(entry.status),
      field(entry.digest),
      '-',
      '-',
      String(entry.length),
      String(entry.offset),
      field(entry.file),
    ].join(' '),
  );
  return `${[CDX_HEADER, ...lines.sort(byBytes)].join('\n')}\n`;
}
