import { describe, expect, it } from 'vitest';
import { ContentError } from '../messages/content-problems.ts';
import { bodyToTypst, type BodyContext } from './body-to-typst.ts';
import { compileTypstPdf } from './compile-pdf.ts';

const context: BodyContext = {
  file: 'content/chapters/proef.mdx',
  lineOffset: 10,
  parentLevel: 1,
  absoluteLink: (href) => (href.startsWith('/') ? `https://example.nl${href}` : href),
  visual: (id) => `#text[grafiek ${id}]`,
  exampleLabel: 'Voorbeeld',
};

const PREAMBLE =
  '#set document(title: "Proef")\n#set text(lang: "nl", font: "Source Sans 3", fallback: false)\n' +
  '#let callout(title, body) = block[#strong(title) #body]\n';

/** Compiles a converted body as a whole PDF/UA document and returns its text, to prove it is valid Typst. */
function compileBody(markup: string): Buffer {
  return compileTypstPdf(`${PREAMBLE}= Hoofdstuk\n\n${markup}`, 0);
}

function problemOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems[0];
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('a chapter body as Typst markup', () => {
  it('keeps Typst syntax in content as text: no code, markup or comments can be injected', () => {
    const hostile = [
      '#read("/etc/passwd") and #import "x.typ": *',
      '= not a heading, *not bold*, _not emph_, $x^2$, `raw`, <label> @ref',
      '\\#set page(fill: red) // comment /* open',
      'quote " and backslash \\\\ and ] [ brackets } {',
    ].join('\n\n');
    const markup = bodyToTypst(hostile.replace(/[{}]/g, ''), 'md', context);
    expect(markup).not.toMatch(/^#(read|import|set)/m);
    // Every text run is a string literal closed by ";"; outside literals is only markup this module writes
    // (the Markdown emphasis in the text is real emphasis).
    const outside = markup.replace(/#"(?:[^"\\]|\\.)*";/g, '');
    expect(outside.replace(/\s+/g, '')).toMatch(/^(#emph\[|#strong\[|\])*$/);
    const pdf = compileBody(markup);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('sets emphasis, links to full addresses, lists, tables with a header row, callouts and quotes with their example label', () => {
    const markup = bodyToTypst(
      [
        '<Callout title="Let op">Een *kader* met [een link](/over/).</Callout>',
        '## Kop',
        '- een\n- twee',
        '| Naam | Aantal |\n| --- | --- |\n| a | 1 |',
        '<Quote by="deelnemer" example>Ik zei <Lang code="en">hello</Lang> en <Lang code="en-GB">colour</Lang>.</Quote>',
      ].join('\n\n'),
      'mdx',
      context,
    );
    expect(markup).toContain('#callout([#"Let op";])');
    expect(markup).toContain('#emph[#"kader";]');
    expect(markup).toContain('#link("https://example.nl/over/")');
    expect(markup).toContain('#heading(level: 2)[#"Kop";]');
    expect(markup).toMatch(/#list\(\[#"een";\], \[#"twee";\]\)/);
    expect(markup).toContain('table.header([#"Naam";], [#"Aantal";])');
    expect(markup).toContain('#text(lang: "en")[#"hello";]');
    expect(markup).toContain('#text(lang: "en", region: "GB")[#"colour";]');
    expect(markup).toMatch(/attribution: \[#"deelnemer";#strong\[#" Voorbeeld";\]\]/);
    compileBody(markup);
  });

  it('stops with the file and line when a heading skips a level', () => {
    const problem = problemOf(() => bodyToTypst('Tekst\n\n#### Te diep', 'md', context));
    expect(problem).toMatchObject({ file: 'content/chapters/proef.mdx', line: 13 });
    expect(problem?.message).toMatch(/slaat een niveau over/);
    expect(problem?.fix).toMatch(/##/);
  });

  it('stops on a component or a language code the PDF cannot show', () => {
    expect(problemOf(() => bodyToTypst('<Onbekend />', 'mdx', context))?.message).toMatch(/<Onbekend>/);
    expect(problemOf(() => bodyToTypst('<Lang code="x1">y</Lang>', 'mdx', context))?.message).toMatch(/taalcode/);
  });

  it('shows an image by its alt text and refuses one without', () => {
    expect(bodyToTypst('![Een kaart van de stad](kaart.png)', 'md', context)).toContain('[Een kaart van de stad]');
    expect(problemOf(() => bodyToTypst('![](kaart.png)', 'md', context))?.message).toMatch(/alt-tekst/);
    expect(bodyToTypst('Zie <img src="kaart.png" alt="De kaart"> hier.', 'md', context)).toContain('[De kaart]');
    expect(problemOf(() => bodyToTypst('Zie <img src="kaart.png"> hier.', 'md', context))?.message).toMatch(/alt-tekst/);
  });
});

describe('compiling to PDF/UA-1', () => {
  it('gives the same bytes twice for the same source and date', () => {
    const source = `${PREAMBLE}= Hoofdstuk\n\nTekst.`;
    expect(compileTypstPdf(source, 1_600_000_000).equals(compileTypstPdf(source, 1_600_000_000))).toBe(true);
  });

  it('refuses an image without alt text (Typst checks PDF/UA-1)', () => {
    const svg = '<svg xmlns=\\"http://www.w3.org/2000/svg\\" width=\\"10\\" height=\\"10\\"/>';
    expect(() => compileTypstPdf(`${PREAMBLE}= Kop\n\n#image(bytes("${svg}"), format: "svg")`, 0)).toThrow(/alt|alternative|description/i);
  });
});
