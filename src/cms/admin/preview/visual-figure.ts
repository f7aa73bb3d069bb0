import { tableCaption, toDisplayTable } from '../../../charts/data-table.ts';
import { CHART_TEXT } from '../../../charts/labels.ts';
import type { VisualInput } from '../../../charts/types.ts';
import { renderVisualSvg } from '../../../charts/visual.ts';
import { t } from '../../../i18n/t.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * A chart as src/components/Visual.astro shows it on the site, as HTML: title, example label,
 * the wide and the narrow SVG drawn by the site's own chart code from the visual's data, caption,
 * source and the numbers as a table. The downloads and embed code point at the site's files and
 * are left out of the preview.
 */
export function visualFigureHtml(visual: VisualInput, showTitle = true): string {
  const { spec } = visual;
  const table = toDisplayTable(visual);
  const caption = escapeHtml(tableCaption(visual));
  const chart = (variant: 'wide' | 'narrow') =>
    `<div class="oogst-visual__chart oogst-visual__chart--${variant}">${renderVisualSvg(visual, { theme: 'inline', variant })}</div>`;
  const numberClass = (i: number) => (table.numeric[i] ? ' class="oogst-visual__number"' : '');
  return [
    `<div class="oogst-visual">`,
    showTitle ? `<p class="oogst-visual__title"><a>${escapeHtml(spec.title)}</a></p>` : '',
    visual.example
      ? `<p class="oogst-visual__example"><strong class="oogst-example">${escapeHtml(CHART_TEXT.example)}</strong> ${escapeHtml(CHART_TEXT.exampleNote)}</p>`
      : '',
    `<figure class="oogst-visual__figure">${chart('wide')}${chart('narrow')}`,
    `<figcaption class="oogst-visual__caption"><p>${escapeHtml(spec.caption)}</p>`,
    `<p class="oogst-visual__source">${escapeHtml(CHART_TEXT.source)}: ${escapeHtml(spec.source)}</p></figcaption></figure>`,
    `<details class="oogst-visual__data"><summary>${escapeHtml(CHART_TEXT.dataTable)}</summary>`,
    `<div class="oogst-visual__table" tabindex="0" role="group" aria-label="${escapeHtml(CHART_TEXT.dataTable)}: ${caption}">`,
    `<table><caption>${caption}</caption><thead><tr>`,
    ...table.headers.map((header, i) => `<th scope="col"${numberClass(i)}>${escapeHtml(String(header))}</th>`),
    '</tr></thead><tbody>',
    ...table.rows.map(
      (row) =>
        `<tr>${row
          .map((cell, i) =>
            i === 0 ? `<th scope="row">${escapeHtml(String(cell))}</th>` : `<td${numberClass(i)}>${escapeHtml(String(cell))}</td>`,
          )
          .join('')}</tr>`,
    ),
    '</tbody></table></div></details></div>',
  ].join('');
}

/** The preview of a `<Visual id="…" />` whose id names no chart (the check refuses it too). */
export function missingVisualHtml(id: string): string {
  return `<p class="oogst-callout">${escapeHtml(t('cms.previewVisualMissing', { id }))}</p>`;
}
