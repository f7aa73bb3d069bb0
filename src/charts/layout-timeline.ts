import { scaleUtc, utcMonth } from 'd3';
import { FONT, LINE_HEIGHT, SMALL, wrapLabel } from './common';
import { formatPeriod, formatYear, parseDate, type ParsedDate } from './format';
import type { ChartModel, LayoutOptions, Mark, VisualInput } from './types';

/** One event: a moment or a period, with its title and an optional note. */
export interface TimelineEvent {
  start: ParsedDate;
  end?: ParsedDate | undefined;
  label: string;
  note?: string | undefined;
}

/** The last day covered by a date of month or year precision, so "2021-05" as an end means the end of May. */
function endOf({ date, precision }: ParsedDate): Date {
  if (precision === 'day') return date;
  const next = precision === 'month' ? utcMonth.offset(date, 1) : new Date(Date.UTC(date.getUTCFullYear() + 1, 0, 1));
  return new Date(next.getTime() - 86_400_000);
}

/** Events from the data, in date order. */
export function collectEvents(input: VisualInput): TimelineEvent[] {
  const { start = '', end, label = '', note } = input.spec.encoding;
  return input.table.rows
    .map((row) => ({
      start: parseDate(row[start])!,
      end: end && String(row[end] ?? '').trim() ? parseDate(row[end]) : undefined,
      label: String(row[label] ?? ''),
      note: note ? String(row[note] ?? '') || undefined : undefined,
    }))
    .filter((event) => event.start !== undefined)
    .sort((a, b) => a.start.date.getTime() - b.start.date.getTime());
}

/** Parallel lanes for periods that overlap, so their bars sit side by side on the axis. */
export function assignLanes(events: TimelineEvent[]): number[] {
  const laneEnds: number[] = [];
  return events.map((event) => {
    if (!event.end) return 0;
    const from = event.start.date.getTime();
    let lane = laneEnds.findIndex((until) => until < from);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = endOf(event.end).getTime();
    return lane;
  });
}

/**
 * A vertical timeline: time runs down a scale, periods are bars and moments dots on the
 * axis, and each event's date and title sit beside it. Labels are pushed down when they
 * would overlap, with a leader line back to their date, so no two labels ever collide.
 */
export function layoutTimeline(input: VisualInput, { width, variant }: LayoutOptions): ChartModel {
  const events = collectEvents(input);
  const lanes = assignLanes(events);
  const narrow = variant === 'narrow';
  const first = utcMonth.floor(events[0]?.start.date ?? new Date(0));
  const last = utcMonth.ceil(new Date(Math.max(...events.map((e) => endOf(e.end ?? e.start).getTime()), first.getTime() + 1)));
  const monthHeight = narrow ? 22 : 26;
  const top = 12;
  const y = scaleUtc().domain([first, last]).range([top, top + utcMonth.count(first, last) * monthHeight]);
  const yearRoom = 44;
  const axisX = narrow ? yearRoom + 6 : 200;
  const laneCount = Math.max(1, ...lanes.map((lane) => lane + 1));
  const textX = axisX + laneCount * 12 + 20;
  const marks: Mark[] = [];

  marks.push({ kind: 'line', x1: axisX, y1: y(first), x2: axisX, y2: y(last), className: 'oc-axis' });
  for (const month of utcMonth.range(first, last)) {
    const isYear = month.getUTCMonth() === 0 || month.getTime() === first.getTime();
    marks.push({ kind: 'line', x1: axisX - (isYear ? 8 : 4), y1: y(month), x2: axisX, y2: y(month), className: 'oc-axis' });
    if (isYear) marks.push({ kind: 'text', x: narrow ? 0 : axisX - 12, y: y(month) + SMALL * 0.35, lines: [formatYear(month)], size: SMALL, anchor: narrow ? 'start' : 'end', bold: true, className: 'oc-soft' });
  }

  let nextFree = -Infinity;
  events.forEach((event, index) => {
    const from = y(event.start.date);
    const to = event.end ? y(endOf(event.end)) : from;
    const laneX = axisX + 6 + lanes[index]! * 12;
    if (event.end) marks.push({ kind: 'rect', x: laneX - 4, y: from, width: 8, height: Math.max(8, to - from), tone: 's0', className: 'oc-period' });
    else marks.push({ kind: 'circle', cx: axisX, cy: from, r: 6, tone: 's1' });

    const date = formatPeriod(event.start, event.end);
    const textWidth = width - textX;
    const dateLines = narrow ? [date] : wrapLabel(date, axisX - yearRoom - 24, SMALL, true);
    const titleLines = wrapLabel(event.label, textWidth, FONT, true);
    const noteLines = event.note ? wrapLabel(event.note, textWidth, SMALL) : [];
    const blockTop = Math.max(from - FONT * 0.8, nextFree);
    let cursor = blockTop + (narrow ? SMALL : FONT) * 0.8;
    if (narrow) {
      marks.push({ kind: 'text', x: textX, y: cursor, lines: dateLines, size: SMALL, bold: true, className: 'oc-soft' });
      cursor += LINE_HEIGHT;
    } else {
      marks.push({ kind: 'text', x: axisX - yearRoom - 12, y: cursor, lines: dateLines, size: SMALL, anchor: 'end', lineHeight: 17, className: 'oc-soft' });
    }
    marks.push({ kind: 'text', x: textX, y: cursor, lines: titleLines, size: FONT, bold: true, lineHeight: LINE_HEIGHT });
    cursor += (titleLines.length - 1) * LINE_HEIGHT;
    if (noteLines.length > 0) {
      marks.push({ kind: 'text', x: textX, y: cursor + LINE_HEIGHT, lines: noteLines, size: SMALL, lineHeight: 17, className: 'oc-soft' });
      cursor += noteLines.length * 17;
    }
    const labelMid = blockTop + FONT * 0.5;
    marks.push({ kind: 'line', x1: axisX + 8, y1: from, x2: textX - 6, y2: labelMid, className: 'oc-leader' });
    nextFree = cursor + 14;
  });
  return { width, height: Math.max(y(last), nextFree) + 8, marks };
}
