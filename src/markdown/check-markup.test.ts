import { describe, expect, it } from 'vitest';
import { checkMarkup, explainSyntaxError, headingAnchors } from './check-markup.ts';
import { MAX_NESTING } from './markup-policy.ts';
import { EDITOR_COMPONENT_NAMES } from './editor-components.ts';

const FRONT = '---\ntitle: Een titel\n---\n\n';
const lines = (source: string, format: 'md' | 'mdx' = 'mdx') =>
  checkMarkup(FRONT + source, format, { visuals: new Set(['deelname-per-spoor']) }).map((f) => f.line);
const messages = (source: string, format: 'md' | 'mdx' = 'mdx') =>
  checkMarkup(FRONT + source, format, { visuals: new Set(['deelname-per-spoor']) }).map((f) => `${f.message} | ${f.fix}`);

/** A few random names, so the rules are shown to hold for names no test lists. */
const randomWord = (seed: number) =>
  Array.from({ length: 6 + (seed % 5) }, (_, i) => String.fromCharCode(97 + ((seed * 7 + i * 13) % 26))).join('');

describe('content markup', () => {
  it('accepts Markdown, the editor components with literal attributes, allowed HTML and comments', () => {
    const source = [
      '## Een kop',
      '',
      'Tekst met **nadruk**, een [link](/themas/wonen/) en `code {x}`. {/* een notitie */}',
      '',
      '<Visual id="deelname-per-spoor" />',
      '',
      '<Quote by="deelnemer, Zwolle" example>Een zin.</Quote>',
      '',
      '<Callout title={"Goed om te weten"}>Uitleg.</Callout>',
      '',
      'Een <Lang code="en">blended</Lang> samenleving met <abbr title="Sociaal en Cultureel Planbureau">SCP</abbr>.',
      '',
      '```',
      'export const x = {process.env.X}',
      '```',
    ].join('\n');
    expect(messages(source)).toEqual([]);
  });

  it('refuses import and export statements, at their line', () => {
    expect(lines("import x from 'node:fs';")).toEqual([5]);
    expect(messages('export const x = 1;')[0]).toMatch(/code/);
  });

  it('refuses every expression that is more than a comment', () => {
    for (let seed = 1; seed < 20; seed += 1) {
      const expression = [
        randomWord(seed),
        `${randomWord(seed)}.${randomWord(seed + 1)}`,
        `${randomWord(seed)}()`,
        `"a" + ${randomWord(seed)}`,
      ][seed % 4];
      expect(messages(`Tekst {${expression}} meer.`), expression).toHaveLength(1);
      expect(messages(`{/* notitie */ ${expression}}`), expression).toHaveLength(1);
    }
  });

  it('refuses any component that is not an editor component, whatever its name', () => {
    for (let seed = 1; seed < 20; seed += 1) {
      const name = randomWord(seed).replace(/^./, (c) => c.toUpperCase());
      if ((EDITOR_COMPONENT_NAMES as string[]).includes(name)) continue;
      expect(messages(`<${name} />`)[0], name).toMatch(new RegExp(`<${name}> bestaat niet`));
    }
    expect(messages('<Fragment />')).toHaveLength(1);
    expect(messages('<>tekst</>')).toHaveLength(1);
  });

  it('refuses attribute values that are code, spreads and directives', () => {
    expect(messages('<Visual id={ids[0]} />')[0]).toMatch(/id=\{ids\[0\]\} op <Visual> is code/);
    expect(messages('<Quote {...props}>x</Quote>')[0]).toMatch(/is code/);
    for (const directive of ['set:html', 'set:text', 'client:load', 'is:raw', 'define:vars', `${randomWord(3)}:${randomWord(4)}`]) {
      expect(messages(`<p ${directive}={"x"}>t</p>`)[0], directive).toMatch(/instructie voor de code/);
    }
  });

  it('checks the attributes of editor components: unknown, missing, empty, too long, unknown visual', () => {
    expect(messages('<Visual />')[0]).toMatch(/mist het attribuut id/);
    expect(messages('<Visual id="bestaat-niet" />')[0]).toMatch(/de visual "bestaat-niet" bestaat niet \| kies uit: deelname-per-spoor/);
    expect(messages('<Visual id="deelname-per-spoor" kleur="rood" />')[0]).toMatch(/kent het attribuut kleur niet/);
    expect(messages('<Visual id="deelname-per-spoor">tekst</Visual>')[0]).toMatch(/heeft geen tekst tussen de tags/);
    expect(messages(`<Callout title="${'x'.repeat(81)}">t</Callout>`)[0]).toMatch(/81 tekens; maximaal 80/);
    expect(messages('<Lang code="Engels">x</Lang>')[0]).toMatch(/geen taalcode/);
  });

  it('allows HTML only from its allow-list, in MDX and in raw HTML of Markdown alike', () => {
    for (const element of [
      'script',
      'style',
      'iframe',
      'object',
      'embed',
      'form',
      'input',
      'button',
      'svg',
      'math',
      'video',
      'audio',
      'link',
      'meta',
      'base',
      randomWord(9),
    ]) {
      expect(messages(`<${element}>x</${element}>`)[0], element).toMatch(/is niet toegestaan in de inhoud/);
      expect(messages(`Tekst <${element}>x</${element}>`, 'md')[0], element).toMatch(/is niet toegestaan in de inhoud/);
    }
  });

  it('refuses event handlers and attributes off the list, and unsafe URLs in every form', () => {
    for (let seed = 1; seed < 10; seed += 1) {
      const handler = `on${randomWord(seed)}`;
      expect(messages(`<span ${handler}="x">t</span>`)[0], handler).toMatch(/voert code uit/);
      expect(messages(`Tekst <span ${handler}="x">t</span>`, 'md')[0], handler).toMatch(/voert code uit/);
    }
    expect(messages('<span class="oogst-example">t</span>')[0]).toMatch(/class is niet toegestaan/);
    expect(messages('<span style="color:red">t</span>')[0]).toMatch(/style is niet toegestaan/);
    expect(messages('[x](javascript:alert(1))')[0]).toMatch(/niet veilig/);
    expect(messages('![x](data:text/html,x)')[0]).toMatch(/niet veilig/);
    expect(messages('<a href="jav&#x61;script:x">t</a>')[0]).toMatch(/niet veilig/);
  });

  it('turns syntax errors into Dutch findings with the line, never the parser’s English', () => {
    const [finding] = checkMarkup(`${FRONT}Tekst <Quote by="x">open\n\nmeer`, 'mdx');
    expect(finding?.line).toBe(5);
    expect(finding?.message).toMatch(/^MDX-fout op regel 5, kolom \d+: <Quote> wordt niet afgesloten$/);
    const unknown = explainSyntaxError(new Error('3:1: Something new (mdx:x)'), 'mdx').message;
    expect(unknown).toMatch(/regel 3.*de opmaak klopt hier niet/);
    expect(unknown).not.toMatch(/Something new/);
  });

  it('reports every syntax error of a file and the policy findings after them', () => {
    const found = checkMarkup(`${FRONT}Een { zonder einde.\n\n<div>\nTekst\n\nNog <span>open\n\n<Visual />\n`, 'mdx');
    expect(found.map((f) => f.line)).toEqual([5, 7, 10, 12]);
    for (const f of found) expect(f.message).not.toMatch(/Unexpected|Expected|character|before/);
    expect(found.at(-1)?.message).toBe('<Visual> mist het attribuut id');
  });

  it('refuses text nested deeper than the build can compile (quotes, lists, tags), once, at its line', () => {
    for (const format of ['md', 'mdx'] as const) {
      const found = checkMarkup(`${FRONT}Gewoon.\n\n${'> '.repeat(3000)}diep\n`, format);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ line: 7 });
      expect(found[0]!.message).toContain(`meer dan ${MAX_NESTING} lagen diep genest`);
    }
    expect(checkMarkup(`${FRONT}${'<div>'.repeat(80)}x${'</div>'.repeat(80)}\n`, 'md')[0]?.message).toContain('diep genest');
    expect(checkMarkup(`${FRONT}${'> '.repeat(8)}een citaat in citaten\n`, 'mdx')).toEqual([]);
  });
});

describe('heading anchors', () => {
  it('slugs headings as Astro does, numbering repeats', () => {
    expect(headingAnchors(`${FRONT}## Wat we zagen\n\nx\n\n### Één *kop*\n\n## Wat we zagen\n`, 'mdx')).toEqual([
      'wat-we-zagen',
      'één-kop',
      'wat-we-zagen-1',
    ]);
  });
});
