import { describe, expect, it } from 'vitest';
import { EDITOR_COMPONENTS } from '../../markdown/editor-components.ts';
import { defineEditorComponent, editorComponentDefinitions } from './editor-components.ts';

describe('editor components of the CMS body', () => {
  it('offers the allow-list’s block components and nothing else', () => {
    expect(editorComponentDefinitions().map((c) => c.id)).toEqual(['Visual', 'Quote', 'Callout']);
  });

  it('writes a <Visual> as MDX and reads it back', () => {
    const visual = defineEditorComponent('Visual', EDITOR_COMPONENTS.Visual);
    const block = visual.toBlock({ id: 'deelname-per-spoor' });
    expect(block).toBe('<Visual id="deelname-per-spoor" />');
    const match = block.match(visual.pattern);
    expect(match && visual.fromBlock(match)).toEqual({ id: 'deelname-per-spoor' });
    expect(visual.fields[0]).toMatchObject({ widget: 'relation', collection: 'visuals', required: true });
  });

  it('writes a quote with its flag and text, without characters that would start code', () => {
    const quote = defineEditorComponent('Quote', EDITOR_COMPONENTS.Quote);
    const block = quote.toBlock({ by: 'deelnemer "Zwolle"', example: true, children: 'Samen {koken} <b>helpt</b>' });
    expect(block).toBe('<Quote by="deelnemer ”Zwolle”" example>\nSamen koken bhelpt/b\n</Quote>');
    const match = block.match(quote.pattern);
    expect(match && quote.fromBlock(match)).toEqual({ by: 'deelnemer ”Zwolle”', example: true, children: 'Samen koken bhelpt/b' });
  });
});
