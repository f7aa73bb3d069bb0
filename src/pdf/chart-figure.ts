/**
 * A chart in the PDF: the same layout and SVG renderer as the site (the light palette of the
 * standalone export), embedded as a vector image with its description as alt text, the visible
 * example label when its numbers are illustrative, and its numbers as a table with header cells.
 */
import { tableCaption, toDisplayTable } from '../charts/data-table.ts';
import { CHART_TEXT } from '../charts/labels.ts';
import { describeVisual } from '../charts/summary.ts';
import type { VisualInput } from '../charts/types.ts';
import { renderVisualSvg } from '../charts/visual.ts';
import { t } from '../i18n/t.ts';
import { tableLayout } from './table-layout.ts';
import { block, call, text, typstString } from './typst-text.ts';

/**
 * Typst markup of one chart: label, figure (image, caption, source) and data table. `withTitle`
 * false leaves the title out of the caption where a heading above already says it.
 */
export function chartFigure(visual: VisualInput, withTitle = true): string {
  const { spec } = visual;
  const svg = renderVisualSvg(visual, { theme: 'card' });
  const alt = describeVisual(visual);
  const example = visual.example ? `#example-note(${block(text(CHART_TEXT.example))})[${text(CHART_TEXT.exampleNote)}]` : '';
  const caption = [
    withTitle ? call('strong', text(`${spec.title} `)) : '',
    text(`${spec.caption} `),
    text(`${CHART_TEXT.source}: ${spec.source}`),
  ].join('');
  const image = `image(bytes(${typstString(svg)}), format: "svg", width: 100%, alt: ${typstString(alt)})`;
  const table = toDisplayTable(visual);
  const cells = (row: readonly string[]) => row.map((cell) => block(text(cell))).join(', ');
  const align = table.numeric.map((numeric) => (numeric ? 'right' : 'left')).join(', ');
  const layout = tableLayout([table.headers, ...table.rows]);
  const grid = `table(${layout.columns}, align: (${align},), table.header(${cells(table.headers)}), ${table.rows.map(cells).join(', ')})`;
  const data = `#figure(kind: table, caption: ${block(text(t('pdf.dataTable', { title: tableCaption(visual) })))}, ${
    layout.textSize ? `text(size: ${layout.textSize}, ${grid})` : grid
  })`;
  // The label and the chart stay on one page, and a heading above stays with them.
  return `#block(breakable: false)[${example}\n\n#figure(${image}, caption: ${block(caption)})]\n\n${data}`;
}
