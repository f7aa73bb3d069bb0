import { scaleUtc, utcMonth, utcYear } from 'd3';
import { FONT, LINE_HEIGHT, SMALL, wrapLabel } from './common.ts';
import { formatPeriod, formatYear, parseDate, type ParsedDate } from './format.ts';
import type { ChartModel, LayoutOptions, Mark, VisualInput } from './types.ts';

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
 * A vertical timeline: time runs down, periods are bars and moments dots on the axis,
 * with each event's date and title beside its marker. Time keeps its proportions where
 * there is room; where two events are too close for their text, the axis is stretched
 * between them (a piecewise scale), so labels never overlap and always sit at their marker.
 */
export function layoutTimeline(input: VisualInput, { width, variant }: LayoutOptions): ChartModel {
  const events = collectEvents(input);
  const lanes = assignLanes(events);
  const narrow = variant === 'narrow';
  const first = utcMonth.floor(events[0]?.start.date ?? new Date(0));
  const last = utcMonth.ceil(new Date(Math.max(...events.map((e) => endOf(e.end ?? e.start).getTime()), first.getTime() + 1)));
  const top = 14;
  const base = scaleUtc()
    .domain([first, last])
    .range([top, top + utcMonth.count(first, last) * (narrow ? 22 : 26)]);
  const yearRoom = 44;
  const axisX = narrow ? yearRoom + 6 : 200;
  const laneCount = Math.max(1, ...lanes.map((lane) => lane + 1));
  const textX = axisX + laneCount * 12 + 16;
  const textWidth = width - textX;

  const blocks = events.map((event) => {
    const date = formatPeriod(event.start, event.end);
    const dateLines = narrow ? [date] : wrapLabel(date, axisX - yearRoom - 24, SMALL);
    const titleLines = wrapLabel(event.label, textWidth, FONT, true);
    const noteLines = event.note ? wrapLabel(event.note, textWidth, SMALL) : [];
    const right = (narrow ? LINE_HEIGHT : 0) + titleLines.length * LINE_HEIGHT + noteLines.length * 17;
    return { dateLines, titleLines, noteLines, height: Math.max(right, narrow ? 0 : dateLines.length * 17) };
  });

  // Anchor each event where time puts it, or lower when the text above needs the room.
  const domain: number[] = [first.getTime()];
  const range: number[] = [top];
  let free = -Infinity;
  events.forEach((event, index) => {
    const previous = domain.at(-1)!;
    const time = Math.max(event.start.date.getTime(), previous + 3_600_000);
    const y = Math.max(range.at(-1)! + base(new Date(time)) - base(new Date(previous)), free + FONT * 0.8);
    domain.push(time);
    range.push(y);
    free = y - FONT * 0.8 + blocks[index]!.height + 16;
  });
  if (last.getTime() > domain.at(-1)!) {
    range.push(range.at(-1)! + base(last) - base(new Date(domain.at(-1)!)));
    domain.push(last.getTime());
  }
  const y = scaleUtc()
    .domain(domain.map((t) => new Date(t)))
    .range(range);
  const marks: Mark[] = [];

  marks.push({ kind: 'line', x1: axisX, y1: y(first), x2: axisX, y2: y(last), className: 'oc-axis' });
  for (const year of utcYear.range(first, last)) {
    const at = y(year.getTime() < first.getTime() ? first : year);
    marks.push({ kind: 'line', x1: axisX - 8, y1: at, x2: axisX, y2: at, className: 'oc-axis' });
    marks.push({
      kind: 'text',
      x: narrow ? 0 : axisX - 12,
      y: at + SMALL * 0.35,
      lines: [formatYear(year)],
      size: SMALL,
      anchor: narrow ? 'start' : 'end',
      bold: true,
      className: 'oc-soft',
    });
  }
  if (first.getUTCMonth() !== 0) {
    marks.push({
      kind: 'text',
      x: narrow ? 0 : axisX - 12,
      y: y(first) + SMALL * 0.35,
      lines: [formatYear(first)],
      size: SMALL,
      anchor: narrow ? 'start' : 'end',
      bold: true,
      className: 'oc-soft',
    });
  }

  events.forEach((event, index) => {
    const block = blocks[index]!;
    const at = range[index + 1]!;
    const to = event.end ? y(endOf(event.end)) : at;
    const laneX = axisX + 6 + lanes[index]! * 12;
    if (event.end)
      marks.push({ kind: 'rect', x: laneX - 4, y: at, width: 8, height: Math.max(8, to - at), tone: 's0', className: 'oc-period' });
    else marks.push({ kind: 'circle', cx: axisX, cy: at, r: 6, tone: 's1' });
    marks.push({ kind: 'line', x1: event.end ? laneX + 6 : axisX + 8, y1: at, x2: textX - 6, y2: at, className: 'oc-leader' });

    let cursor = at + FONT * 0.35;
    if (narrow) {
      marks.push({ kind: 'text', x: textX, y: cursor, lines: block.dateLines, size: SMALL, bold: true, className: 'oc-soft' });
      cursor += LINE_HEIGHT;
    } else {
      marks.push({
        kind: 'text',
        x: axisX - yearRoom - 12,
        y: cursor,
        lines: block.dateLines,
        size: SMALL,
        anchor: 'end',
        lineHeight: 17,
        className: 'oc-soft',
      });
    }
    marks.push({ kind: 'text', x: textX, y: cursor, lines: block.titleLines, size: FONT, bold: true, lineHeight: LINE_HEIGHT });
    cursor += (block.titleLines.length - 1) * LINE_HEIGHT;
    if (block.noteLines.length > 0)
      marks.push({
        kind: 'text',
        x: textX,
        y: cursor + LINE_HEIGHT,
        lines: block.noteLines,
        size: SMALL,
        lineHeight: 17,
        className: 'oc-soft',
      });
  });
  return { width, height: Math.max(y(last), free) + 8, marks };
}
