import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { readFrontMatter } from '../../src/model/front-matter.ts';
import { runFollowUpImport } from '../../scripts/lib/run-followup-import.ts';
import { copyContent } from './helpers.ts';

let content: ReturnType<typeof copyContent>;
// Two documents the steps name by id (content/sources/).
const SOURCE = (title: string, date: string) =>
  `---\ntitle: ${title}\ndate: ${date}\npublisher: De gemeente\nkind: record\n---\nEen brief van de gemeente aan de raad.\n`;
beforeEach(() => {
  content = copyContent();
  content.write('sources/raadsbrief-loket.md', SOURCE('Raadsbrief over het loket', '2021-06-01'));
  content.write('sources/raadsbrief-opening.md', SOURCE('Raadsbrief over de opening', '2021-09'));
});
afterEach(() => content.cleanup());

const HEADER =
  "Opvolging;Titel;Samenvatting;Verantwoordelijk;Verantwoordelijk bron;Beoogd klaar;Thema's;Tafels;Voorbeeld;Datum;Tekst;Stapstatus;Bron";
const LOKET = [
  'een-loket;Een loket voor ondernemers;Er kwam een loket waar ondernemers met hun vragen terecht kunnen.;De gemeente;raadsbrief-loket;12-2021;Werken;T01;nee;01-06-2021;De gemeente belooft een loket.;toegezegd;raadsbrief-loket',
  'een-loket;;;;;;;;;;Het loket gaat open.;uitgevoerd;raadsbrief-opening',
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
    const data = followUp('een-loket').data;
    expect(data).toMatchObject({
      responsible: { name: 'De gemeente', source: 'raadsbrief-loket' },
      due: '2021-12',
      themes: ['werken'],
      tables: ['T01'],
      example: false,
      updates: [
        { date: '2021-06-01', status: 'toegezegd', source: 'raadsbrief-loket' },
        { status: 'uitgevoerd', source: 'raadsbrief-opening' },
      ],
    });
    // No status of its own, no start date: both follow from the steps. A step without a date takes its source's.
    expect(data).not.toHaveProperty('status');
    expect(data).not.toHaveProperty('started');
    expect((data?.['updates'] as object[])[1]).not.toHaveProperty('date');
    expect(checkContent(content.dir).filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('skips a follow-up already imported, and rejects one whose file differs unless --replace, which keeps its text', () => {
    importRows(LOKET);
    expect(importRows(LOKET).plan.alreadyPresent).toEqual(['een-loket']);
    const file = path.join(content.dir, 'followups', 'een-loket.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nDe redactie schreef hier een toelichting.\n`);
    const changed = [LOKET[0]!, LOKET[1]!.replace(';uitgevoerd;', ';in-uitvoering;')];
    expect(importRows(changed).plan.rejected[0]?.reasons.join('\n')).toMatch(/bestaat al met andere gegevens/);
    expect(importRows(changed, { replace: true, dryRun: false }).ok).toBe(true);
    expect((followUp('een-loket').data?.['updates'] as { status?: string }[])[1]?.status).toBe('in-uitvoering');
    expect(followUp('een-loket').body).toContain('De redactie schreef hier een toelichting.');
  });

  it('rejects a step without source, an unknown status or theme and rows that disagree, naming the rows, and writes nothing for them', () => {
    const result = importRows([
      'zonder-bron;Een plan zonder bron;Een stap zonder bron en zonder voorbeeld, dat mag niet.;;;;werken;;nee;2021-06-01;Er is iets beloofd.;toegezegd;',
      'onbekend;Een plan met een tikfout;De status en het thema bestaan niet op deze site, dus dit kan niet.;;;;wonnen;;ja;2021-06-01;Er is iets beloofd.;uitgevoert;',
      'oneens;Een plan;Twee rijen van deze opvolging noemen een ander thema, dat kan niet.;;;;werken;;ja;2021-06-01;Eerste stap.;;',
      'oneens;;;;;;wonen;;;2021-07-01;Tweede stap.;;',
      'bron-onbekend;Een plan met een onbekende bron;De bron van deze stap staat niet in de bronnen van de site.;;;;werken;;nee;;Er is iets beloofd.;;raadsbrief-x',
    ]);
    const reasons = Object.fromEntries(
      result.plan.rejected.map(({ id, lines, reasons: why }) => [id, `${lines.join(',')}: ${why.join(' | ')}`]),
    );
    expect(reasons['zonder-bron']).toMatch(/^2: .*updates\.0\.source: noem de bron/);
    expect(reasons['onbekend']).toMatch(/updates\.status: "uitgevoert" bestaat niet/);
    expect(reasons['onbekend']).toMatch(/themes: "wonnen" bestaat niet/);
    expect(reasons['oneens']).toMatch(/^4,5: kolom themas: de rijen van deze opvolging zeggen verschillende dingen/);
    expect(reasons['bron-onbekend']).toMatch(/updates\.source: "raadsbrief-x" bestaat niet bij de bronnen \(content\/sources\/\)/);
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
