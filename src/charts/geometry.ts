import { measureText, overlaps, type Box } from './text.ts';
import type { ChartModel, TextMark } from './types.ts';

/** The estimated box of a text mark (unrotated), from its anchor, size and lines. */
export function textBox(mark: TextMark): Box {
  const width = Math.max(...mark.lines.map((line) => measureText(line, mark.size, mark.bold)));
  const x = mark.anchor === 'end' ? mark.x - width : mark.anchor === 'middle' ? mark.x - width / 2 : mark.x;
  const lineHeight = mark.lineHeight ?? mark.size * 1.2;
  return { x, y: mark.y - mark.size * 0.8, width, height: (mark.lines.length - 1) * lineHeight + mark.size };
}

/** Pairs of texts in a chart whose boxes overlap: a layout check for tests and for new chart types. */
export function findTextOverlaps(model: ChartModel): [string, string][] {
  const texts = model.marks.filter((mark): mark is TextMark => mark.kind === 'text' && !mark.rotate);
  const boxes = texts.map(textBox);
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlaps(boxes[i]!, boxes[j]!)) pairs.push([texts[i]!.lines.join(' '), texts[j]!.lines.join(' ')]);
    }
  }
  return pairs;
}

/** True when every text of a chart lies inside its drawing area (with a small tolerance). */
export function textsInside(model: ChartModel, tolerance = 2): boolean {
  return model.marks
    .filter((mark): mark is TextMark => mark.kind === 'text' && !mark.rotate)
    .map(textBox)
    .every(
      (box) =>
        box.x >= -tolerance &&
        box.x + box.width <= model.width + tolerance &&
        box.y >= -tolerance &&
        box.y + box.height <= model.height + tolerance,
    );
}
