import { createHash, type Hash } from 'node:crypto';

/** The WARC version written; ISO 28500:2017 is WARC 1.1. */
export const WARC_VERSION = 'WARC/1.1';

const CRLF = '\r\n';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding, the form WARC tools write SHA-1 digests in. */
function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** `sha1:<base32>`, the digest form of WARC-Block-Digest and WARC-Payload-Digest. */
export function warcDigest(bytes: Uint8Array): string {
  return digestText(createHash('sha1').update(bytes));
}

/** The `sha1:<base32>` form of a SHA-1 fed piece by piece (a block read from disk in parts). */
export function digestText(hash: Hash): string {
  return `sha1:${base32(hash.digest())}`;
}

/**
 * A record id that is the same in every build of the same site and date: a name-based UUID
 * (the layout of RFC 9562 version 5) from what the record is, never a random one.
 */
export function recordId(name: string): string {
  const hash = createHash('sha1').update(`oogst-warc:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `<urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}>`;
}

export interface WarcRecordInput {
  type: 'warcinfo' | 'request' | 'response';
  id: string;
  /** ISO 8601 in UTC, to the second. */
  date: string;
  contentType: string;
  block: Uint8Array;
  /** Further named fields in the order given (WARC-Target-URI, WARC-Warcinfo-ID …). */
  fields?: readonly (readonly [string, string])[];
}

/** What ends every record after its block: two line ends. */
export const RECORD_END = Buffer.from(CRLF + CRLF);

/**
 * A record's head: version line, named fields and the blank line before the block (ISO 28500 §4),
 * for a block of `blockLength` bytes whose digest is known, so the block itself can follow from disk.
 */
export function recordHead(record: Omit<WarcRecordInput, 'block'>, blockLength: number, blockDigest: string): Buffer {
  const lines = [
    WARC_VERSION,
    `WARC-Type: ${record.type}`,
    `WARC-Record-ID: ${record.id}`,
    `WARC-Date: ${record.date}`,
    ...(record.fields ?? []).map(([name, value]) => `${name}: ${value}`),
    `WARC-Block-Digest: ${blockDigest}`,
    `Content-Type: ${record.contentType}`,
    `Content-Length: ${blockLength}`,
  ];
  return Buffer.from(lines.join(CRLF) + CRLF + CRLF, 'utf8');
}

/** One whole record: its head, the block and two line ends. */
export function serialiseRecord(record: WarcRecordInput): Buffer {
  return Buffer.concat([recordHead(record, record.block.length, warcDigest(record.block)), record.block, RECORD_END]);
}

/** A `warcinfo` block: `name: value` lines (application/warc-fields). Line breaks in values become spaces. */
export function warcFields(fields: readonly (readonly [string, string])[]): Buffer {
  return Buffer.from(fields.map(([name, value]) => `${name}: ${value.replace(/\s*[\r\n]+\s*/g, ' ')}${CRLF}`).join(''), 'utf8');
}

/** The head of an HTTP/1.1 message: start line, headers and the blank line before the body. */
export function httpHead(startLine: string, headers: readonly (readonly [string, string])[]): Buffer {
  return Buffer.from([startLine, ...headers.map(([name, value]) => `${name}: ${value}`)].join(CRLF) + CRLF + CRLF, 'utf8');
}

/** An HTTP/1.1 message head and body, as a request or response record's block holds it. */
export function httpMessage(
  startLine: string,
  headers: readonly (readonly [string, string])[],
  body: Uint8Array = new Uint8Array(),
): Buffer {
  return Buffer.concat([httpHead(startLine, headers), body]);
}

/** 14-digit timestamp of CDX lines and WARC file names (YYYYMMDDhhmmss, UTC). */
export function warcTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** WARC-Date: ISO 8601 in UTC to the second. */
export function warcDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** The Date header of an HTTP response (RFC 9110 IMF-fixdate). */
export function httpDate(date: Date): string {
  return date.toUTCString();
}
