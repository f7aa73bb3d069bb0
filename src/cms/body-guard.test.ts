import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMarkup } from '../markdown/check-markup.ts';
import { describeProblems, guardBody, guardFields } from './body-guard.ts';
import { labelOfField } from './field-labels.ts';

const CORPUS = 'tests/fixtures/broken';
/** Every MDX body of the broken-content corpus, as an editor might type or paste it into the CMS. */
function corpusBodies(): { name: string; body: string }[] {
  const bodies: { name: string; body: string }[] = [];
  const walk = (dir: string, name: string) => {
    for (const entry of readdirSync(dir)) {
      const file = path.join(dir, entry);
      if (statSync(file).isDirectory()) walk(file, name);
      else if (entry.endsWith('.mdx')) bodies.push({ name, body: readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') });
    }
  };
  for (const name of readdirSync(CORPUS)) if (statSync(path.join(CORPUS, name)).isDirectory()) walk(path.join(CORPUS, name), name);
  return bodies;
}

describe('the body guard of the CMS', () => {
  it('keeps typed braces, angle brackets and statements as text', () => {
    expect(guardBody('Een {accolade} en <script>alert(1)</script>').body).toBe('Een \\{accolade\\} en &lt;script>alert(1)&lt;/script>');
    expect(guardBody('import x from "y"').body).toBe('&#105;mport x from "y"');
    expect(guardBody('al \\{ goed\\} en `code {x}`').body).toBe('al \\{ goed\\} en `code {x}`');
    expect(guardBody('```\n{x} <b>\n```').body).toBe('```\n{x} <b>\n```');
    expect(guardBody('<Quote>zonder einde').body).toBe('&lt;Quote>zonder einde');
  });

  it('leaves the editor components as written and is stable when run again', () => {
    const body =
      'Tekst.\n\n<Visual id="deelname-per-spoor" />\n\n<Quote by="deelnemer" example>Samen koken</Quote>\n\nIn het <Lang code="en">open air</Lang> ook.';
    expect(guardBody(body)).toEqual({ body, problems: [] });
    const once = guardBody('a {b} <c>').body;
    expect(guardBody(once).body).toBe(once);
  });

  it('refuses a component without its required attributes, in the check’s words', () => {
    const { problems } = guardBody('Tekst.\n\n<Visual />\n\n<Callout>Let op</Callout>');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [3, '<Visual> mist het attribuut id'],
      [5, '<Callout> mist het attribuut title'],
    ]);
    // The editor numbers no lines: the start of the line says where.
    expect(describeProblems(problems)).toContain(
      '\n\nTekst, in de regel die begint met "<Visual />": <Visual> mist het attribuut id → oplossing:',
    );
    expect(describeProblems(problems)).toContain('\n\nTekst, in de regel die begint met "<Callout>Let op</Callout>": <Callout> mist');
  });

  it('refuses a note for colleagues typed as an HTML comment, which would be published as text, but not one in a code block', () => {
    const { problems } = guardBody('Het buurthuis bleef open.\n\n<!-- INTERN: cijfers nog niet afgestemd -->\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, excerpt: expect.stringContaining('INTERN') });
    expect(problems[0]?.message).toContain('HTML-opmerking');
    expect(problems[0]?.fix).toContain('haal de opmerking weg');
    expect(guardBody('Zo ziet het eruit:\n\n```html\n<!-- een voorbeeld -->\n```\n').problems).toEqual([]);
  });

  it('refuses invisible characters in the body and in the fields, in the check’s words', () => {
    const { problems } = guardBody('Tekst.\n\nEen \u202Eomgekeerde zin en een\u200Bspatie.');
    // The place is named by the line's start with the invisible characters as codes: shown as they
    // are, a direction control would turn the rest of the refusal around.
    expect(problems[0]?.excerpt).toBe('Een [U+202E]omgekeerde zin en een[U+200B]spatie.');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'bevat een onzichtbaar teken (richtingsteken, U+202E) dat de tekst anders laat tonen dan hij is'],
    ]);
    const fields = guardFields({ title: 'Wonen\u200B', hero: { alt: 'Een \u202Estraat' }, themes: ['wonen'], body: '\u202E' });
    expect(fields.map((p) => p.field)).toEqual(['title', 'hero.alt']);
    expect(describeProblems(fields)).toContain('Veld "title": bevat een onzichtbaar teken (breedteloze spatie, U+200B)');
    // By the labels the form shows, when the CMS knows them (veldnamen.json).
    const labels = { title: 'Titel', hero: 'Afbeelding bovenaan', 'hero.alt': 'Afbeelding bovenaan › Alt-tekst' };
    expect(describeProblems(fields, (field) => labelOfField(labels, field))).toContain('Veld "Afbeelding bovenaan › Alt-tekst": bevat');
    expect(labelOfField({ steps: 'Stappen', 'steps.text': 'Stappen › Tekst' }, 'steps.1.text')).toBe('Stappen › 2 › Tekst');
    expect(labelOfField(undefined, 'hero.alt')).toBe('hero › alt');
    expect(guardFields({ hero: { alt: 'IMG_2041.jpg' } }).map((p) => [p.field, p.message])).toEqual([
      ['hero.alt', 'alt-tekst zegt niets over de afbeelding (zoals "afbeelding" of een bestandsnaam): beschrijf wat er te zien is'],
    ]);
  });

  it('for every body of the broken-content corpus: refuses it, or what it saves passes the check', () => {
    const bodies = corpusBodies();
    expect(bodies.length).toBeGreaterThan(20);
    for (const { name, body } of bodies) {
      const guarded = guardBody(body, { visuals: new Set(['deelname-per-spoor']) });
      if (guarded.problems.length > 0) continue;
      expect(checkMarkup(guarded.body, 'mdx', { visuals: new Set(['deelname-per-spoor']) }), name).toEqual([]);
    }
  });
});

describe('the check’s words, which the CMS shows when it refuses', () => {
  /** Words of the MDX parser's own (English) messages. */
  const ENGLISH = /\b(Unexpected|Expected|Could not|character|before|after|closing|expression|attribute value)\b/;

  it('are Dutch for every body of the broken-content corpus as written, syntax errors included', () => {
    let findings = 0;
    for (const { name, body } of corpusBodies()) {
      for (const finding of checkMarkup(body, 'mdx', { visuals: new Set(['deelname-per-spoor']) })) {
        findings++;
        expect(`${finding.message} ${finding.fix}`, name).not.toMatch(ENGLISH);
      }
    }
    expect(findings).toBeGreaterThan(20);
  });

  it('name every syntax error of a body, each at its own line', () => {
    const body = ['Een { zonder einde.', '', '<div>', 'Tekst', '', 'Nog <b>open', '', 'x </i> y', '', 'a <3 b'].join('\n');
    const found = checkMarkup(body, 'mdx');
    expect(found.map((f) => f.line)).toEqual([1, 3, 6, 8, 10]);
    for (const f of found) expect(f.message, String(f.line)).toMatch(/^MDX-fout op regel \d+, kolom \d+: /);
  });
});
