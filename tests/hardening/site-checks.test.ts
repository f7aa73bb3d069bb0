import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks, findThirdPartyRequests, findUnsafeNewWindows, scanSite } from './lib/site-checks.ts';

/** A tiny built site with one of each mistake the checks must catch. */
function makeSite(files: Record<string, string>): string {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'oogst-dist-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  }
  return dist;
}

const head = '<link rel="canonical" href="https://www.example.nl/">';

describe('the checks over a built site catch what they are for', () => {
  const dist = makeSite({
    'index.html': `${head}<a href="/over/">ok</a><a href="/over/#team">ok</a><a href="/over/#weg">fragment</a><a href="/nergens/">missing</a><a href="/over">slash</a><a href="https://www.example.nl/over/">own origin</a><a href="#boven">local</a><img src="/logo.svg" alt="x"><h2 id="boven">x</h2><a href="mailto:a@b.nl">mail</a>`,
    'over/index.html': `${head}<h2 id="team">Team</h2><script src="https://cdn.example.com/x.js"></script><link rel="stylesheet" href="//fonts.example.com/a.css"><a href="https://elders.nl" target="_blank">elders</a><a href="https://elders.nl" target="_blank" rel="noopener noreferrer">goed</a><img src="data:image/png;base64,AA" alt="x">`,
    'logo.svg': '<svg/>',
    'a.css': 'body{background:url(https://img.example.com/bg.png)}',
  });
  const pages = scanSite(dist);

  it('reports a missing page, a missing fragment and a link without its trailing slash, and nothing else', () => {
    expect(findBrokenLinks(dist, pages)).toEqual([
      '/: <a href="/over/#weg"> wijst naar #weg, maar die id staat niet op /over/',
      '/: <a href="/nergens/"> wijst naar iets dat niet bestaat',
      '/: <a href="/over"> wijst naar iets dat niet bestaat (de slash aan het eind ontbreekt)',
    ]);
  });

  it('reports scripts, styles and CSS images from other origins, not links or data images', () => {
    expect(findThirdPartyRequests(dist, pages)).toEqual([
      '/over/: <script src="https://cdn.example.com/x.js">',
      '/over/: <link href="//fonts.example.com/a.css">',
      'a.css: CSS laadt https://img.example.com/bg.png',
    ]);
  });

  it('reports a new-window link without noopener noreferrer', () => {
    expect(findUnsafeNewWindows(pages)).toEqual(['/over/: <a href="https://elders.nl" target="_blank"> mist rel="noopener noreferrer"']);
  });
});
