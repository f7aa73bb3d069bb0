import { describe, expect, it } from 'vitest';
import { CARD_KINDS, CARD_SIZES, describeCardWarning, type CardKind, type CardWarning } from '../card-types.ts';
import { createDrawContext } from '../render-card.ts';
import { testBrand, testSpec } from '../test-fixtures.ts';
import { drawCard } from './index.ts';
import type { CardChild, CardNode } from './tree.ts';

const root = process.cwd();

/** Every text block in the tree: its box width, font size, weight and lines. */
function textBlocks(node: CardChild): Array<{ maxWidth: number; fontSize: number; weight: 400 | 700; lines: string[]; height: number }> {
  if (typeof node === 'string') return [];
  const style = node.props.style ?? {};
  const children = ([] as CardChild[]).concat(node.props.children ?? []);
  if (typeof style.maxWidth === 'number') {
    const lines = children.map((line) =>
      ([] as CardChild[])
        .concat((line as CardNode).props.children ?? [])
        .map((run) => ((run as CardNode).props.children as string) ?? '')
        .join(''),
    );
    return [
      {
        maxWidth: style.maxWidth,
        fontSize: style.fontSize as number,
        weight: style.fontWeight as 400 | 700,
        lines,
        height: style.height as number,
      },
    ];
  }
  return children.flatMap(textBlocks);
}

function titleOf(length: number): string {
  const words =
    'Dialoogtafelgesprekken over herstel 🌱 en vernieuwing: ideeën van burgers, café-eigenaren en ĳverige bestuurders — “samen verder” na de crisis '.repeat(
      4,
    );
  return words.slice(0, length).trim() || 'X';
}

const fieldsOf: Record<CardKind, 'title' | 'quote'> = {
  site: 'title',
  theme: 'title',
  insight: 'title',
  chapter: 'title',
  visual: 'title',
  story: 'quote',
  followup: 'title',
  followupStatus: 'title',
};

describe('card templates', () => {
  it('keep every line inside its box for titles of 1 to 200 characters, in every kind and size', () => {
    const warnings: CardWarning[] = [];
    const context = createDrawContext(root, warnings);
    for (const kind of CARD_KINDS) {
      for (const size of CARD_SIZES) {
        for (let length = 1; length <= 200; length += kind === 'theme' ? 1 : 7) {
          const spec = testSpec({ kind, [fieldsOf[kind]]: titleOf(length) });
          const tree = drawCard(spec, testBrand, size, context);
          for (const block of textBlocks(tree)) {
            for (const line of block.lines) {
              expect(
                context.measurer.width(line, block.fontSize, block.weight),
                `${kind} ${size.id} ${length}: "${line}"`,
              ).toBeLessThanOrEqual(block.maxWidth);
            }
          }
        }
      }
    }
  });

  it('cut a title that cannot fit with an ellipsis and a warning naming the entry and field', () => {
    const warnings: CardWarning[] = [];
    const spec = testSpec({ title: 'Een veel te lange kop over wonen, werken en samenleven na de crisis '.repeat(12) });
    const tree = drawCard(spec, testBrand, CARD_SIZES[0]!, createDrawContext(root, warnings));
    const title = textBlocks(tree).find((block) => block.weight === 700 && block.lines.join(' ').startsWith('Een veel'))!;
    expect(title.lines.at(-1)).toMatch(/…$/);
    expect(warnings).toHaveLength(1);
    // The warning is data (field, size, what is shown); its words name the entry's file.
    expect(warnings[0]).toMatchObject({ kind: 'cut', field: 'cardHeadline', width: 1200, height: 630 });
    const words = describeCardWarning(spec, warnings[0]!);
    expect(words).toContain('content/themes/wonen.md');
    expect(words).toContain('cardHeadline');
    expect(words).toContain('1200×630');
  });

  it('stack text blocks no higher than the card body', () => {
    const context = createDrawContext(root, []);
    for (const size of CARD_SIZES) {
      const tree = drawCard(testSpec({ title: titleOf(200), text: titleOf(200) }), testBrand, size, context);
      const total = textBlocks(tree).reduce((sum, block) => sum + block.height, 0);
      expect(total).toBeLessThan(size.height);
    }
  });

  it('show "Inzicht N", "Hoofdstuk N" and a voorbeeld label where the card asks for it', () => {
    const context = createDrawContext(root, []);
    const text = (kind: CardKind, overrides: object) =>
      JSON.stringify(drawCard(testSpec({ kind, ...overrides }), testBrand, CARD_SIZES[1]!, context));
    expect(text('insight', { label: 'Inzicht 3' })).toContain('Inzicht 3');
    expect(text('chapter', { label: 'Hoofdstuk 2' })).toContain('Hoofdstuk 2');
    expect(text('story', { example: true })).toContain('VOORBEELD');
    expect(text('story', { example: false })).not.toContain('VOORBEELD');
  });
});
