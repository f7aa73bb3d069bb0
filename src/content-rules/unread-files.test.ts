import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RuleEntry } from './types.ts';
import { checkUnreadFiles } from './unread-files.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'oogst-unread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (relative: string, text = 'x') => {
  mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
  writeFileSync(path.join(dir, relative), text);
};

describe('files the site does not read', () => {
  it('warns for each by name, refuses entries in sub-folders, and leaves notes, hidden files and used files alone', () => {
    for (const file of [
      'site.yaml',
      'tables.csv',
      'stories/a.mdx',
      'stories/images/a.jpg',
      'stories/images/ongebruikt.png',
      'stories/a.docx',
      'stories/B.MDX',
      'stories/2021/c.mdx',
      'stories/_notities.txt',
      'stories/.DS_Store',
      'visuals/v.yaml',
      'visuals/v.csv',
      'visuals/los.csv',
      'leesmij.txt',
    ])
      write(file);
    const entry = (collection: string, id: string, relative: string, raw: Record<string, unknown> = {}): RuleEntry => ({
      collection,
      id,
      file: relative,
      absoluteFile: path.join(dir, relative),
      raw,
      data: undefined,
      source: '',
      yamlText: '',
      lineOffset: 1,
      body: '',
      bodyLine: 1,
    });
    const entries = [
      entry('stories', 'a', 'stories/a.mdx', { hero: { src: './images/a.jpg' } }),
      entry('stories', '2021/c', 'stories/2021/c.mdx'),
      entry('visuals', 'v', 'visuals/v.yaml', { data: { file: 'v.csv' } }),
      entry('site', 'site', 'site.yaml'),
    ];
    const found = checkUnreadFiles(dir, entries, (file) => path.relative(dir, file));
    expect(found.map((p) => [p.severity, p.file, p.rule])).toEqual([
      ['error', 'stories/2021/c.mdx', 'subfolder'],
      ['warning', 'leesmij.txt', 'unread-file'],
      ['warning', 'stories/B.MDX', 'unread-file'],
      ['warning', 'stories/a.docx', 'unread-file'],
      ['warning', 'stories/images/ongebruikt.png', 'unread-file'],
      ['warning', 'visuals/los.csv', 'unread-file'],
    ]);
  });
});
