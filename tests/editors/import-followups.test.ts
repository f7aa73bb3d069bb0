import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { readFrontMatter } from '../../src/model/front-matter.ts';
import { runFollowUpImport } from '../../scripts/lib/run-followup-import.ts';
import { copyContent } from './helpers.ts';

let content: ReturnType<typeof copyContent>;
beforeEach(() => (content = copyContent()));
afterEach(() => content.cleanup());

const HEADER =
  "Opvolging;Titel;Samenvatting;Status;Verantwoordelijk;Begonnen;Thema's;Tafels;Voorbeeld;Datum;Tekst;Stapstatus;Brondocument;Brondatum";
const LOKET = [
  'een-loket;Een loket voor ondernemers;Er kwam een loket waar ondernemers met hun vragen terecht kunnen.;uitgevoerd;De gemeente;06-2021;Werken;T01;nee;01-06-2021;De gemeente belooft een loket.;toegezegd;Raadsbrief over het loket;01-06-2021',
  'een-loket;;;;;;;;;15-09-2021;Het loket gaat open.;uitgevoerd;Raadsbrief over de opening;15-09-2021',
];
function importRows(rows: string[], options = { replace: false, dryRun: false }) {
  const source = path.join(path.dirname(content.dir), 'opvolging.csv');
  writeFileSync(source, `${[HEADER, ...rows].join('\r\n')}\r\n`);
  return runFollowUpImport(source, content.dir, options);
}
const followUp = (id: string) => readFrontMatter(readFileSync(path.join(content.dir, 'followups', `${id}.md`), 'utf8'));

describe('npm run import -- opvolging', () => {
  it('groups the steps of a follow-up into one file that passes the check, with dates as exact as the spreadsheet', () => {
    const result = importRows(LOKET);
    expect(result.ok).toBe(true);
    expect(result.plan).toMatchObject({ read: 2, rejected: [], alreadyPresent: [] });
    expect(followUp('een-loket').data).toMatchObject({
      status: 'uitgevoerd',
      started: '2021-06',
      themes: ['werken'],
      tables: ['T01'],
      example: false,
      updates: [
        { date: '2021-06-01', status: 'toegezegd', source: { document: 'Raadsbrief over het loket', date: '2021-06-01' } },
        { date: '2021-09-15', status: 'uitgevoerd' },
      ],
    });
    expect(checkContent(content.dir).filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('skips a follow-up already imported, and rejects one whose file differs unless --replace, which keeps its text', () => {
    importRows(LOKET);
    expect(importRows(LOKET).plan.alreadyPresent).toEqual(['een-loket']);
    const file = path.join(content.dir, 'followups', 'een-loket.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nDe redactie schreef hier een toelichting.\n`);
    const changed = [LOKET[0]!.replace(';uitgevoerd;De gemeente;', ';in-uitvoering;De gemeente;'), LOKET[1]!];
    expect(importRows(changed).plan.rejected[0]?.reasons.join('\n')).toMatch(/bestaat al met andere gegevens/);
    expect(importRows(changed, { replace: true, dryRun: false }).ok).toBe(true);
    expect(followUp('een-loket').data?.['status']).toBe('in-uitvoering');
    expect(followUp('een-loket').body).toContain('De redactie schreef hier een toelichting.');
  });

  it('rejects a step without source, an unknown status or theme and rows that disagree, naming the rows, and writes nothing for them', () => {
    const result = importRows([
      'zonder-bron;Een plan zonder bron;Een stap zonder bron en zonder voorbeeld, dat mag niet.;toegezegd;De gemeente;2021-06-01;werken;;nee;2021-06-01;Er is iets beloofd.;;;',
      'onbekend;Een plan met een tikfout;De status en het thema bestaan niet op deze site, dus dit kan niet.;uitgevoert;De gemeente;2021-06-01;wonnen;;ja;2021-06-01;Er is iets beloofd.;;;',
      'oneens;Een plan;Twee rijen van deze opvolging noemen een andere status, dat kan niet.;toegezegd;De gemeente;2021-06-01;werken;;ja;2021-06-01;Eerste stap.;;;',
      'oneens;;;uitgevoerd;;;;;;2021-07-01;Tweede stap.;;;',
    ]);
    const reasons = Object.fromEntries(
      result.plan.rejected.map(({ id, lines, reasons: why }) => [id, `${lines.join(',')}: ${why.join(' | ')}`]),
    );
    expect(reasons['zonder-bron']).toMatch(/^2: .*updates\.0\.source: noem de bron/);
    expect(reasons['onbekend']).toMatch(/status: "uitgevoert" bestaat niet/);
    expect(reasons['onbekend']).toMatch(/themes: "wonnen" bestaat niet/);
    expect(reasons['oneens']).toMatch(/^4,5: kolom status: de rijen van deze opvolging zeggen verschillende dingen/);
    expect(result.ok).toBe(false);
    expect(existsSync(path.join(content.dir, 'followups'))).toBe(false);
  });

  it('refuses a file with an unknown or missing column before reading any row', () => {
    const source = path.join(path.dirname(content.dir), 'fout.csv');
    writeFileSync(source, 'Opvolging;Titel;Kleur\nx;y;z\n');
    const { plan } = runFollowUpImport(source, content.dir, { replace: false, dryRun: false });
    expect(plan.fatal.join('\n')).toMatch(/de kolom "Kleur" is onbekend/);
    expect(plan.fatal.join('\n')).toMatch(/de kolom "samenvatting" ontbreekt/);
  });
});
