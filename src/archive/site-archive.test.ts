import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { surtKey } from './cdx.ts';
import { contentTypeOf } from './content-type.ts';
import { writeSiteArchive, type ArchiveInfo } from './site-archive.ts';
import { httpDate, httpMessage, recordId, serialiseRecord, warcDate, warcDigest } from './warc-record.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'oogst-warc-'));
const site = path.join(root, 'site');
afterAll(() => rmSync(root, { recursive: true, force: true }));

for (const [file, text] of Object.entries({
  'index.html': '<!doctype html><title>Start</title>',
  'themas/wonen/index.html': '<!doctype html><title>Wonen</title>',
  'open-data/tafels.csv': `id,datum\n${'t01,2021-02-03\n'.repeat(200)}`,
  'rss.xml': '<rss/>',
  _headers: '/*\n  X-Frame-Options: DENY\n',
  '.nojekyll': '',
})) {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), text);
}
// Larger than the part the writer reads at a time (1 MiB), so it goes to the archive in parts.
const large = Buffer.alloc(2.5 * 2 ** 20 + 7);
for (let i = 0; i < large.length; i++) large[i] = (i * 7919 + (i >> 9)) & 0xff;
writeFileSync(path.join(site, 'deelkaarten.zip'), large);

const info: ArchiveInfo = {
  siteName: 'Proefsite',
  publisher: 'Voorbeeldorganisatie',
  siteUrl: 'https://example.nl/dialoog',
  date: new Date(Date.UTC(2024, 4, 1, 12, 0, 0)),
  software: 'Oogst/0.0.0',
};

const write = (name: string, maxBytes?: number) => {
  const archiveDir = path.join(root, name);
  const result = writeSiteArchive({
    outDir: site,
    archiveDir,
    info,
    headersOf: () => [['X-Frame-Options', 'DENY']],
    ...(maxBytes === undefined ? {} : { maxBytes }),
  });
  return { archiveDir, result };
};

const read = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name))]));

describe('writeSiteArchive', () => {
  it('writes the same bytes for the same site and date', () => {
    const first = write('a');
    const second = write('b');
    expect(first.result.warcFiles).toEqual(['example.nl-dialoog-20240501120000-00000.warc']);
    expect(read(first.archiveDir)).toEqual(read(second.archiveDir));
  });

  it('archives a sub-path site under its full URLs and leaves the host files out', () => {
    const { archiveDir, result } = write('c');
    const warc = readFileSync(path.join(archiveDir, result.warcFiles[0]!), 'utf8');
    const targets = [...warc.matchAll(/^WARC-Target-URI: (.*)\r$/gm)].map((match) => match[1]);
    expect(new Set(targets)).toEqual(
      new Set([
        'https://example.nl/dialoog/',
        'https://example.nl/dialoog/themas/wonen/',
        'https://example.nl/dialoog/open-data/tafels.csv',
        'https://example.nl/dialoog/rss.xml',
        'https://example.nl/dialoog/deelkaarten.zip',
      ]),
    );
    expect(warc).toContain('GET /dialoog/themas/wonen/ HTTP/1.1');
    expect(warc).not.toContain('_headers');
    expect(result.responses).toBe(5);
  });

  it('writes each response, streamed from disk, as the whole record would be serialised in memory', () => {
    const { archiveDir, result } = write('e');
    const warc = readFileSync(path.join(archiveDir, result.warcFiles[0]!));
    const warcinfoId = /^WARC-Record-ID: (.*)\r$/m.exec(warc.toString('latin1'))![1]!;
    const date = warcDate(info.date);
    const lines = readFileSync(path.join(archiveDir, result.cdxFile), 'utf8').trimEnd().split('\n').slice(1);
    const files = { '': 'index.html', 'themas/wonen/': 'themas/wonen/index.html' } as Record<string, string>;
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      const [, , url, , , , , , length, offset] = line.split(' ');
      const sitePath = url!.slice('https://example.nl/dialoog/'.length);
      const file = files[sitePath] ?? sitePath;
      const body = readFileSync(path.join(site, file));
      const expected = serialiseRecord({
        type: 'response',
        id: recordId(`response ${url} ${date}`),
        date,
        contentType: 'application/http; msgtype=response',
        block: httpMessage(
          'HTTP/1.1 200 OK',
          [
            ['Date', httpDate(info.date)],
            ['Content-Type', contentTypeOf(file)],
            ['Content-Length', String(body.length)],
            ['X-Frame-Options', 'DENY'],
          ],
          body,
        ),
        fields: [
          ['WARC-Target-URI', url!],
          ['WARC-Warcinfo-ID', warcinfoId],
          ['WARC-Payload-Digest', warcDigest(body)],
        ],
      });
      expect(Number(length)).toBe(expected.length);
      expect(warc.subarray(Number(offset), Number(offset) + Number(length)).equals(expected)).toBe(true);
    }
  });

  it('starts a new file, with its own warcinfo record, before a file would pass the limit', () => {
    const { archiveDir, result } = write('d', 3000);
    expect(result.warcFiles.length).toBeGreaterThan(1);
    for (const name of result.warcFiles) {
      const bytes = readFileSync(path.join(archiveDir, name));
      const text = bytes.toString('utf8');
      expect(text.startsWith('WARC/1.1\r\nWARC-Type: warcinfo\r\n')).toBe(true);
      // Only a file holding one record larger than the limit may pass it.
      if (bytes.length > 3000) expect(text.match(/^WARC-Type: response\r$/gm)).toHaveLength(1);
      const info = /^WARC-Record-ID: (.*)\r$/m.exec(text)![1]!;
      for (const reference of text.matchAll(/^WARC-Warcinfo-ID: (.*)\r$/gm)) expect(reference[1]).toBe(info);
    }
    const cdx = readFileSync(path.join(archiveDir, result.cdxFile), 'utf8');
    expect(
      new Set(
        cdx
          .trimEnd()
          .split('\n')
          .slice(1)
          .map((line) => line.split(' ')[10]),
      ),
    ).toEqual(new Set(result.warcFiles));
  });
});

describe('surtKey', () => {
  it('reverses the host, drops www and lower-cases the path', () => {
    expect(surtKey('https://www.Example.nl/Dialoog/a.csv')).toBe('nl,example)/dialoog/a.csv');
  });
});
