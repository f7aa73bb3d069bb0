import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/loaders/parse-csv.ts';
import { ideaSchema } from '../../src/schemas/idea.ts';
import { tableSchema } from '../../src/schemas/table.ts';
import { runImport } from '../../scripts/lib/run-import.ts';
import { copyContent, SCRIPT_NODE, scriptArgs } from './helpers.ts';

let content: ReturnType<typeof copyContent>;
beforeEach(() => (content = copyContent()));
afterEach(() => content.cleanup());

const APPEND = { replace: false, dryRun: false };
function importText(collection: 'tables' | 'ideas', text: string, options = APPEND) {
  const source = path.join(path.dirname(content.dir), 'export.csv');
  writeFileSync(source, text);
  return runImport(collection, source, content.dir, options);
}
const ideasFile = () => readFileSync(path.join(content.dir, 'ideas.csv'), 'utf8');
const ideas = () => parseCsv(ideasFile(), ideaSchema, 'ideas.csv').map((row) => row.data);

describe('npm run import', () => {
  it('reads semicolons, a BOM, Windows line ends and Dutch headers, and counts every row', () => {
    const result = importText(
      'ideas',
      '\uFEFFTafel;Thema;Soort;Idee;Voorbeeld\r\nT01;Wonen;Idee;Meer bankjes in het park, met schaduw;ja\r\nT02;werken;KIEM;Samen lunchen op afstand werkte goed;nee\r\n',
    );
    expect(result.plan).toMatchObject({ read: 2, rejected: [], alreadyPresent: [] });
    expect(result.plan.accepted).toHaveLength(2);
    expect(result.ok).toBe(true);
    expect(ideas().slice(-2)).toEqual([
      { table: 'T01', theme: 'wonen', kind: 'idee', text: 'Meer bankjes in het park, met schaduw', example: true },
      { table: 'T02', theme: 'werken', kind: 'kiem', text: 'Samen lunchen op afstand werkte goed', example: false },
    ]);
    expect(result.report).toContain('  geïmporteerd:  2');
  });

  it('rejects bad rows with their row number and reasons, and imports the rest', () => {
    const result = importText(
      'ideas',
      'table,theme,kind,text\nT01,wonen,idee,Een goed idee voor de buurt\nT01,wonen,kiemen,Iets\nT09,wonen,knel,Een tafel die niet bestaat\nT02,werken,idee\n',
    );
    expect(result.plan.accepted).toHaveLength(1);
    expect(result.plan.rejected.map((row) => row.line)).toEqual([3, 4, 5]);
    expect(result.plan.rejected[0]!.reasons).toEqual([
      expect.stringMatching(/^veld kind: moet een van deze soorten zijn/),
      expect.stringMatching(/^veld text: moet minstens 5 tekens/),
    ]);
    expect(result.plan.rejected[1]!.reasons[0]).toContain('tafel "T09" staat niet in tables.csv');
    expect(result.plan.rejected[2]!.reasons[0]).toContain('de rij heeft 3 cellen');
    expect(result.ok).toBe(false);
    expect(result.report.join('\n')).toMatch(/afgewezen: {5}3\n {4}rij 3: veld kind/);
    expect(ideas()).toHaveLength(4);
  });

  it('stores citizen text as plain text, quoted where needed, and reads it back unchanged', () => {
    const text = '<script>alert("hoi")</script> en "citaat", met; alles';
    importText('ideas', `tafel,thema,soort,tekst\nT01,wonen,idee,"${text.replace(/"/g, '""')}\nop twee regels"\n`);
    expect(ideasFile()).toContain('"<script>alert(""hoi"")</script> en ""citaat"", met; alles op twee regels"');
    expect(ideas().at(-1)!.text).toBe(`${text} op twee regels`);
  });

  it('skips rows that are already there, so an export can be imported again', () => {
    const export_ =
      'table,theme,kind,text,example\nT01,wonen,idee,Maak van elke straat een buurtapp met een vast aanspreekpunt.,ja\nT02,werken,idee,Een nieuw idee over werk,nee\n';
    expect(importText('ideas', export_).plan.accepted).toHaveLength(1);
    const again = importText('ideas', export_);
    expect(again.plan).toMatchObject({ accepted: [], alreadyPresent: [2, 3], rejected: [] });
    expect(again.written).toBe(false);
    expect(ideas()).toHaveLength(4);
  });

  it('writes tables in the canonical column order with Dutch dates and regions normalised', () => {
    const result = importText(
      'tables',
      "Datum;Tafel;Spoor;Provincie;Deelnemers;Thema's;Titel\n4-3-2021;T03;Burgers;Noord Holland;9;Wonen, Werken;Tafel in Haarlem\n",
    );
    expect(result.ok).toBe(true);
    const file = readFileSync(path.join(content.dir, 'tables.csv'), 'utf8');
    expect(file.split('\n')[0]).toBe('id,date,track,region,participants,themes,title,example');
    expect(file).toContain('T03,2021-03-04,burgers,noord-holland,9,wonen;werken,Tafel in Haarlem,nee\n');
    expect(parseCsv(file, tableSchema, 'tables.csv')).toHaveLength(3);
  });

  it('rejects a table id that exists with other data unless --replace is given', () => {
    const row = 'id,date,track,region,participants,themes,title\nT01,2021-02-10,burgers,utrecht,12,wonen,Burgertafel in Utrecht\n';
    expect(importText('tables', row).plan.rejected[0]!.reasons[0]).toContain('staat al in het bestand met andere gegevens');
    const replaced = importText('tables', row, { replace: true, dryRun: false });
    expect(replaced.written).toBe(true);
    expect(readFileSync(path.join(content.dir, 'tables.csv'), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('does not replace a file when any row is rejected, and leaves no temporary file', () => {
    const before = ideasFile();
    const result = importText(
      'ideas',
      'table,theme,kind,text\nT01,wonen,idee,Een goed idee voor de buurt\nT01,wonen,kiemen,Een fout idee\n',
      { replace: true, dryRun: false },
    );
    expect(result.written).toBe(false);
    expect(ideasFile()).toBe(before);
    expect(readdirSync(content.dir).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('refuses unknown and missing columns without importing anything', () => {
    const result = importText('ideas', 'tafel,thema,opmerking,tekst\nT01,wonen,x,Een goed idee\n');
    expect(result.plan.fatal).toEqual([
      expect.stringContaining('de kolom "opmerking" is onbekend'),
      expect.stringContaining('de kolom "soort" (kind) ontbreekt'),
    ]);
    expect(result.written).toBe(false);
  });

  it('refuses a file that is not UTF-8, such as an old Excel export', () => {
    const source = path.join(path.dirname(content.dir), 'latin1.csv');
    writeFileSync(source, Buffer.from('tafel,thema,soort,tekst\nT01,wonen,idee,Een caf\xe9 op het plein\n', 'latin1'));
    const result = runImport('ideas', source, content.dir, APPEND);
    expect(result.plan.fatal).toEqual([expect.stringContaining('sla het op als "CSV UTF-8"')]);
    expect(result.written).toBe(false);
  });

  it('writes nothing on a dry run', () => {
    const result = importText('ideas', 'table,theme,kind,text\nT01,wonen,idee,Een goed idee voor de buurt\n', {
      replace: false,
      dryRun: true,
    });
    expect(result.plan.accepted).toHaveLength(1);
    expect(result.written).toBe(false);
    expect(ideas()).toHaveLength(3);
  });

  it('runs from the command line and fails when rows were rejected', () => {
    const source = path.join(path.dirname(content.dir), 'ideeen.csv');
    writeFileSync(source, 'tafel;thema;soort;tekst\nT01;wonen;idee;Een goed idee voor de buurt\nT01;wonen;kiemen;Een fout idee\n');
    const result = spawnSync(SCRIPT_NODE, scriptArgs('import', 'ideas', source), {
      encoding: 'utf8',
      env: { ...process.env, OOGST_CONTENT_DIR: content.dir },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/gelezen: +2 rijen\n {2}geïmporteerd: +1\n {2}al aanwezig: +0\n {2}afgewezen: +1\n {4}rij 3: veld kind/);
    expect(ideas()).toHaveLength(4);
  });
});
