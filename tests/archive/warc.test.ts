import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { WARCParser, type WARCRecord } from 'warcio';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveDirOf } from '../../src/archive/archive-dir.ts';
import { archivedFiles, urlOfFile } from '../../src/archive/site-archive.ts';
import { warcDigest } from '../../src/archive/warc-record.ts';
import { surtKey } from '../../src/archive/cdx.ts';
import { DEFAULT_SITE_URL as SITE } from '../support/site-url.ts';
import { assertBuilt, DIST } from '../support/dist.ts';

// The archive of the default site, read back with warcio (Webrecorder's reader), not our own code.
const ARCHIVE = archiveDirOf(DIST);

interface ReadRecord {
  file: string;
  offset: number;
  length: number;
  type: string;
  uri: string | null | undefined;
  status: number | undefined;
  headers: Map<string, string>;
  warcHeaders: Map<string, string>;
  payload: Buffer;
}

async function readWarc(file: string): Promise<ReadRecord[]> {
  const parser = new WARCParser(createReadStream(path.join(ARCHIVE, file)));
  const records: ReadRecord[] = [];
  for await (const record of parser as AsyncIterable<WARCRecord>) {
    const payload = Buffer.from(await record.readFully(false));
    const headers = new Map<string, string>();
    const status = record.httpHeaders?.statusCode;
    for (const [name, value] of record.httpHeaders?.headers ?? []) headers.set(name.toLowerCase(), value);
    const warcHeaders = new Map<string, string>();
    for (const [name, value] of record.warcHeaders.headers) warcHeaders.set(name.toLowerCase(), value);
    records.push({
      file,
      offset: parser.offset,
      length: parser.recordLength,
      type: record.warcType,
      uri: record.warcTargetURI,
      status: status === undefined ? undefined : Number(status),
      headers,
      warcHeaders,
      payload,
    });
  }
  return records;
}

/** The rules of a `_headers` file: a path (a trailing `*` matches everything below) and its headers. */
function parseHeadersFile(text: string): { path: string; headers: [string, string][] }[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) rules.push({ path: line.trim(), headers: [] });
    else if (line.startsWith('  ') && rules.length > 0) {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

function hostHeaders(rules: ReturnType<typeof parseHeadersFile>, urlPath: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? urlPath.startsWith(rule.path.slice(0, -1)) : urlPath === rule.path;
    if (!matches) continue;
    for (const [name, value] of rule.headers) {
      expect(headers.has(name), `${urlPath}: ${name} twice`).toBe(false);
      headers.set(name, value);
    }
  }
  return headers;
}

const sitemapUrls = (): string[] => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  return locs(readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8')).flatMap((sitemap) =>
    locs(readFileSync(path.join(DIST, new URL(sitemap).pathname.split('/').pop()!), 'utf8')),
  );
};

describe('the web archive of the default site', () => {
  let warcFiles: string[] = [];
  let records: ReadRecord[] = [];
  let cdxLines: string[] = [];
  const siteUrl = SITE;

  beforeAll(async () => {
    assertBuilt();
    const names = readdirSync(ARCHIVE).sort();
    warcFiles = names.filter((name) => name.endsWith('.warc'));
    for (const file of warcFiles) records.push(...(await readWarc(file)));
    const cdx = names.filter((name) => name.endsWith('.cdx'));
    expect(cdx).toHaveLength(1);
    cdxLines = readFileSync(path.join(ARCHIVE, cdx[0]!), 'utf8').trimEnd().split('\n');
  });

  it('lies beside dist/, uncompressed, in files of at most 1 GB that each open with a warcinfo record', () => {
    expect(warcFiles.length).toBeGreaterThan(0);
    for (const file of warcFiles) {
      const bytes = readFileSync(path.join(ARCHIVE, file));
      expect(bytes.length).toBeLessThanOrEqual(1_000_000_000);
      expect(bytes.subarray(0, 9).toString()).toBe('WARC/1.1\r');
      const first = records.find((record) => record.file === file)!;
      expect(first.type).toBe('warcinfo');
    }
    expect(readdirSync(DIST).some((name) => name.endsWith('.warc') || name.endsWith('.cdx'))).toBe(false);
  });

  it('names software, format, robots, publisher, site, date and the archiving guideline in warcinfo', () => {
    const info = records.find((record) => record.type === 'warcinfo')!;
    const fields = new Map(
      info.payload
        .toString('utf8')
        .trimEnd()
        .split('\r\n')
        .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)] as const),
    );
    expect(fields.get('software')).toMatch(/^Oogst\/\d+\.\d+\.\d+/);
    expect(fields.get('format')).toBe('WARC File Format 1.1');
    expect(fields.get('robots')).toBe('ignore');
    expect(fields.get('publisher')).toBeTruthy();
    expect(fields.get('title')).toBe('Nederland na de crisis');
    expect(fields.get('date')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(fields.get('policy')).toContain('Richtlijn archiveren overheidswebsites');
  });

  it('holds every sitemap URL with status 200 and the same bytes as dist/', () => {
    const responses = new Map(records.filter((record) => record.type === 'response').map((record) => [record.uri, record]));
    const urls = sitemapUrls();
    expect(urls.length).toBeGreaterThan(50);
    for (const url of urls) {
      const record = responses.get(url);
      expect(record, url).toBeDefined();
      expect(record!.status, url).toBe(200);
      const file = path.join(DIST, new URL(url).pathname, 'index.html');
      expect(record!.payload.equals(readFileSync(file)), url).toBe(true);
    }
  });

  it('holds every served file once, with a request before it, its content type, its digests and the headers of _headers', () => {
    const files = archivedFiles(DIST);
    const responses = records.filter((record) => record.type === 'response');
    expect(responses.map((record) => record.uri).sort()).toEqual(files.map((file) => urlOfFile(siteUrl, file)).sort());
    expect(files).toEqual(expect.arrayContaining(['rss.xml', 'open-data/datapackage.json', 'favicon.svg', 'pagefind/pagefind.js']));
    expect(files.some((file) => file.startsWith('deelkaarten/') && file.endsWith('.png'))).toBe(true);
    expect(files).not.toContain('_headers');
    const requests = new Map(records.filter((record) => record.type === 'request').map((record) => [record.uri, record]));
    // What a host that reads _headers sends: the headers of every rule whose path matches (Netlify's rules).
    const rules = parseHeadersFile(readFileSync(path.join(DIST, '_headers'), 'utf8'));
    for (const record of responses) {
      const request = requests.get(record.uri);
      expect(request?.warcHeaders.get('warc-concurrent-to'), record.uri!).toBe(record.warcHeaders.get('warc-record-id'));
      expect(record.warcHeaders.get('warc-payload-digest')).toBe(warcDigest(record.payload));
      expect(record.headers.get('content-length')).toBe(String(record.payload.length));
      const sent = new Map(record.headers);
      sent.delete('date');
      sent.delete('content-length');
      const expected = hostHeaders(rules, new URL(record.uri!).pathname);
      if (!expected.has('content-type')) expected.set('content-type', sent.get('content-type')!);
      expect(Object.fromEntries(sent), record.uri!).toEqual(Object.fromEntries(expected));
      if (sent.get('content-type')!.startsWith('text/html')) expect(sent.get('content-security-policy'), record.uri!).toBeTruthy();
    }
    const byUri = new Map(responses.map((record) => [record.uri, record]));
    expect(byUri.get(`${siteUrl}/`)!.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(byUri.get(`${siteUrl}/rss.xml`)!.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(byUri.get(`${siteUrl}/open-data/datapackage.json`)!.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('has a CDX index whose every line points at its response record', () => {
    expect(cdxLines[0]).toBe(' CDX N b a m s k r M S V g');
    const lines = cdxLines.slice(1);
    const sorted = [...lines].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(lines).toEqual(sorted);
    const byPlace = new Map(records.map((record) => [`${record.file} ${record.offset}`, record]));
    expect(lines).toHaveLength(records.filter((record) => record.type === 'response').length);
    for (const line of lines) {
      const fields = line.split(' ');
      expect(fields, line).toHaveLength(11);
      const [key, timestamp, url, mime, status, digest, , , length, offset, file] = fields;
      expect(key!.startsWith(surtKey(`${SITE}/`))).toBe(true);
      expect(timestamp).toMatch(/^\d{14}$/);
      const record = byPlace.get(`${file} ${offset}`);
      expect(record, line).toBeDefined();
      expect(record!.type).toBe('response');
      expect(record!.uri).toBe(url);
      // The length runs to the next record: warcio leaves out the two line ends that close a record.
      expect(Number(length)).toBe(record!.length + 4);
      expect(`sha1:${digest}`).toBe(record!.warcHeaders.get('warc-payload-digest'));
      expect(status).toBe('200');
      expect(record!.headers.get('content-type')!.startsWith(mime!)).toBe(true);
    }
  });
});
