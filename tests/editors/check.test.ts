import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatCheckProblem, type CheckProblem } from '../../src/model/problems.ts';
import { ROUTES } from '../../src/data/routes.ts';
import { copyContent, SCRIPT_NODE, scriptArgs } from './helpers.ts';

const STORY = (front: Record<string, string>, body = 'Een korte tekst over de straat.') => {
  const fields: Record<string, string> = {
    title: 'Boodschappen voor de hele straat',
    date: '2021-03-04',
    kind: 'kiem',
    track: 'burgers',
    region: 'utrecht',
    themes: '[wonen]',
    summary: 'Een buurtapp begon als noodhulp en werd een blijvend netwerk van buren.',
    pullQuote: 'Ik kende mijn buren niet.',
    hero: '\n  src: ./images/straat.svg\n  alt: Een getekende straat met rijtjeshuizen.',
    ...front,
  };
  return `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n${body}\n`;
};

let content: ReturnType<typeof copyContent>;
afterEach(() => content?.cleanup());

function check(file: string, text: string): CheckProblem[] {
  content = copyContent();
  content.write(file, text);
  return checkContent(content.dir).filter((problem) => problem.file.endsWith(file));
}
const errors = (problems: CheckProblem[]) => problems.filter((problem) => problem.severity === 'error');

describe('npm run check', () => {
  it('finds no errors in the minimal content folder', () => {
    content = copyContent();
    expect(errors(checkContent(content.dir))).toEqual([]);
  });

  it('names file, line, field and a fix for a schema error', () => {
    const [problem] = errors(check('stories/x.mdx', STORY({ kind: 'kiemen' })));
    expect(problem).toMatchObject({ line: 4, field: 'kind' });
    expect(formatCheckProblem(problem!)).toMatch(
      /^FOUT .*stories\/x\.mdx:4 veld kind: moet een van deze soorten zijn: knel, kiem, idee .*→ oplossing: /,
    );
  });

  it('reports a missing required field on its parent line and says to add it', () => {
    const [problem] = errors(check('stories/x.mdx', STORY({ hero: '\n  src: ./images/straat.svg' })));
    expect(problem).toMatchObject({ field: 'hero.alt', line: 10, message: 'dit verplichte veld ontbreekt' });
    expect(problem!.fix).toContain('"alt:"');
  });

  it('points an unknown field at its own line', () => {
    const [problem] = errors(check('stories/x.mdx', STORY({ titel: 'oeps' })));
    expect(problem).toMatchObject({ field: 'titel', line: 13 });
  });

  it('reports every problem at once', () => {
    const problems = errors(check('stories/x.mdx', STORY({ kind: 'kiemen', track: 'burger', summary: 'Kort.' })));
    expect(problems.map((p) => p.field)).toEqual(['kind', 'track', 'summary']);
  });

  it('reports a broken reference with a suggestion', () => {
    const [problem] = errors(check('stories/x.mdx', STORY({ themes: '[wonenn]' })));
    expect(problem).toMatchObject({ field: 'themes', line: 7 });
    expect(problem!.message).toContain('bedoel je "wonen"');
  });

  it('reports a hero image that does not exist', () => {
    const [problem] = errors(
      check('stories/x.mdx', STORY({ hero: '\n  src: ./images/weg.png\n  alt: Een getekende straat met rijtjeshuizen.' })),
    );
    expect(problem).toMatchObject({ field: 'hero.src', line: 11 });
    expect(problem!.message).toContain('bestaat niet');
  });

  it('rejects useless alt text: a generic word or a file name', () => {
    expect(errors(check('stories/x.mdx', STORY({ hero: '\n  src: ./images/straat.svg\n  alt: afbeelding' })))[0]).toMatchObject({
      field: 'hero.alt',
    });
    expect(errors(check('stories/x.mdx', STORY({}, '![straat.svg](./images/straat.svg)')))[0]!.message).toContain('zegt niets');
  });

  it('reports images in the text without alt text or without a file', () => {
    const problems = errors(check('stories/x.mdx', STORY({}, 'Tekst.\n\n<img src="./images/weg.svg" />')));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [16, 'de alt-tekst ontbreekt'],
      // An HTML <img> beside the text is not processed by Astro at all (src/check/check-content.ts).
      [
        16,
        '<img src="./images/weg.svg"> wordt niet verwerkt: de afbeelding komt niet mee naar de site en de pagina toont een gebroken plaatje',
      ],
      [16, 'het afbeeldingsbestand bestaat niet'],
    ]);
  });

  it('reports internal links that point nowhere, and links without the trailing slash', () => {
    const body =
      'Lees [over wonen](/themas/wonenn/) en [het verhaal](/verhalen/boodschappen-voor-de-straat).\n\n```\n[in code](/nergens/)\n```';
    const problems = errors(check('stories/x.mdx', STORY({}, body)));
    expect(problems.map((p) => p.message)).toEqual([
      'de link "/themas/wonenn/" wijst naar een pagina die niet bestaat',
      'de link "/verhalen/boodschappen-voor-de-straat" mist de schuine streep aan het eind',
    ]);
    expect(problems[0]!.fix).toContain('/themas/wonen/');
  });

  it('accepts links to pages that exist, with anchors and to the site address', () => {
    const body =
      'Zie [wonen](/themas/wonen/), [tafel 1](/dialoogtafels/#t01), [dit verhaal](https://test.example.nl/verhalen/x/) en [privacy](/privacy/).';
    expect(errors(check('stories/x.mdx', STORY({}, body)))).toEqual([]);
  });

  it('accepts links to the files and pages every site publishes, from the URL module: the card manifest, feeds, stylesheet, search, open data', () => {
    const targets = [
      ROUTES.cardManifest,
      ROUTES.cards,
      ROUTES.colours,
      ROUTES.rss,
      ROUTES.followUpFeed,
      ROUTES.followUps,
      ROUTES.sitemap,
      ROUTES.robots,
      ROUTES.securityTxt,
      ROUTES.notFound,
      ROUTES.search,
      ROUTES.openData,
      ROUTES.dataPackage,
      ROUTES.openDataFile('ideeen', 'csv'),
      ROUTES.wholeProduct,
      ROUTES.faq,
      ROUTES.tables,
      ROUTES.visuals,
      ROUTES.favicon,
      ROUTES.admin,
    ];
    expect(targets).toContain('/deelkaarten.json');
    const body = targets.map((target, index) => `[link ${index + 1}](${target})`).join(', ');
    expect(errors(check('stories/x.mdx', STORY({}, body)))).toEqual([]);
  });

  it('reports an anchor the page does not have, and names anchors it does have', () => {
    const [problem] = errors(check('stories/x.mdx', STORY({}, 'Zie [wonen](/themas/wonen/#kop) en [tafel](/dialoogtafels/#t99).')));
    expect(problem).toMatchObject({ field: 'link', message: 'het anker "#kop" bestaat niet op /themas/wonen/' });
    expect(errors(check('stories/x.mdx', STORY({}, 'Zie [tafel](/dialoogtafels/#t99).')))[0]!.fix).toMatch(/#t01/);
  });

  it('reports card titles that will be cut', () => {
    const [problem] = errors(
      check(
        'stories/x.mdx',
        STORY({ title: 'Een titel die veel te lang is voor de deelkaart en daarom afgekapt zou worden als we niets zouden doen' }),
      ),
    );
    expect(problem).toMatchObject({ field: 'title', line: 2 });
    expect(problem!.message).toMatch(/^\d+ tekens; de deelkaart toont er hoogstens 100/);
  });

  it('reports a visual whose encoding names a column its CSV does not have', () => {
    content = copyContent();
    content.write('visuals/bezoekers.csv', 'dag,aantal\nzaterdag,120\n');
    const spec =
      'title: Bezoekers per dag\ntype: bar\nalt: Op zaterdag kwamen de meeste bezoekers naar de markt.\ncaption: Bezoekers per dag.\nsource: Telling\ndata:\n  file: bezoekers.csv\nencoding:\n  label: dag\n  value: bezoekers\n';
    content.write('visuals/bezoekers.yaml', spec);
    const problems = errors(checkContent(content.dir)).filter((p) => p.file.endsWith('bezoekers.yaml'));
    // The check uses the build's chart code, so the message is the build's.
    expect(problems).toEqual([
      expect.objectContaining({
        line: 10,
        field: 'encoding.value',
        message: expect.stringMatching(/^de kolom "bezoekers" bestaat niet in \S*bezoekers\.csv; beschikbare kolommen: dag, aantal/),
      }),
    ]);
  });

  // These three moved here with the front-matter integration, which the content gate replaced.
  it('reports impossible dates in whole YAML files too, and accepts 29 February in a leap year', () => {
    content = copyContent();
    const site = readFileSync(path.join(content.dir, 'site.yaml'), 'utf8');
    content.write('site.yaml', site.replace(/^closedOn: .*$/m, 'closedOn: 2021-10-32'));
    expect(
      errors(checkContent(content.dir))
        .filter((p) => p.file.endsWith('site.yaml'))
        .map((p) => p.field),
    ).toContain('closedOn');
    expect(errors(check('stories/x.mdx', STORY({ date: '2020-02-29' })))).toEqual([]);
  });

  it('reports a hero image path that points to no file, and accepts one that exists', () => {
    const [problem] = errors(
      check('stories/x.mdx', STORY({ hero: '\n  src: ./images/ontbreekt.jpg\n  alt: Een getekende straat met rijtjeshuizen.' })),
    );
    expect(problem).toMatchObject({ field: 'hero.src', line: 11 });
    expect(problem!.message).toContain('"./images/ontbreekt.jpg" bestaat niet');
    expect(errors(check('stories/x.mdx', STORY({})))).toEqual([]);
  });

  it('reports a date that is not on the calendar, which YAML would roll over', () => {
    const [problem] = errors(check('stories/x.mdx', STORY({ date: '2021-02-30' })));
    expect(problem).toMatchObject({ field: 'date', line: 3 });
    expect(problem!.message).toContain('2021-02-30 bestaat niet');
  });

  it('lays out the share cards and reports text within its limit that a card still cuts off', () => {
    content = copyContent();
    const site = readFileSync(path.join(content.dir, 'site.yaml'), 'utf8');
    content.write('site.yaml', site.replace(/^baseUrl: .*$/m, '$&\nshortUrl: binnenstad.voorbeeldstad.example'));
    const problems = errors(checkContent(content.dir));
    expect(problems).toEqual([expect.objectContaining({ field: 'shortUrl', line: 5, fix: 'maak de tekst korter' })]);
    expect(problems[0]!.message).toMatch(/^te lang voor de deelkaart van 1080×1080.*: daar staat alleen "binnenstad\.voorbeeld/);
  });

  it('reports unreadable front matter with its line', () => {
    const [problem] = errors(check('stories/x.mdx', '---\ntitle: Een titel\nkind: [knel\n---\nTekst.'));
    expect(problem).toMatchObject({ field: '(bestand)' });
    expect(problem!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports bad spreadsheet rows with their row number', () => {
    content = copyContent();
    content.write(
      'ideas.csv',
      'table,theme,kind,text,example\nT01,wonen,idee,Een goed idee voor de buurt.,ja\nT01,wonen,kiemen,Nog een idee.,ja\nT09,wonen,kiem,Een idee van een onbekende tafel.,ja\n',
    );
    const problems = errors(checkContent(content.dir)).filter((p) => p.file.endsWith('ideas.csv'));
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'kind'],
      [4, 'table'],
    ]);
  });

  it('warns about drafts without failing', () => {
    const problems = check('stories/x.mdx', STORY({ draft: 'true' }));
    expect(errors(problems)).toEqual([]);
    expect(problems.map((p) => p.field)).toContain('draft');
  });
});

describe('the check command', () => {
  it('prints Dutch lines and a summary, and fails only on errors', () => {
    content = copyContent();
    const run = () =>
      spawnSync(SCRIPT_NODE, scriptArgs('check'), { encoding: 'utf8', env: { ...process.env, OOGST_CONTENT_DIR: content.dir } });
    content.write(
      'stories/lang.mdx',
      STORY(
        {},
        'Dit is een hele lange zin die veel te veel woorden bevat omdat de schrijver maar door bleef gaan met bijzinnen en opsommingen zonder ooit een punt te zetten.',
      ),
    );
    const good = run();
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/LET OP .*lang\.mdx:14 veld tekst: zin van \d+ woorden/);
    expect(good.stdout).toMatch(/0 fouten, \d+ waarschuwing/);

    content.write('stories/kapot.mdx', STORY({ kind: 'kiemen' }));
    const bad = run();
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/FOUT .*kapot\.mdx:4 veld kind:/);
    expect(bad.stdout).toMatch(/1 fout, \d+ waarschuwing/);
  });
});
