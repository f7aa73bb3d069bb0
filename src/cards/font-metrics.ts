import { inflateSync } from 'node:zlib';

/** What text measuring needs from one font file: which characters it has and how wide they are. */
export interface FontMetrics {
  unitsPerEm: number;
  /** Code point → advance width in font units, for every character the font maps. */
  advances: Map<number, number>;
}

type Tables = Map<string, DataView>;

/**
 * Reads the character map and advance widths of a TTF, OTF or WOFF file.
 * Kerning and ligatures are ignored: they only ever make a Latin line narrower,
 * so widths measured here are a safe upper bound for what satori draws.
 */
export function parseFontMetrics(data: Uint8Array): FontMetrics {
  const tables = readTables(data);
  const head = need(tables, 'head');
  const hhea = need(tables, 'hhea');
  const hmtx = need(tables, 'hmtx');
  const unitsPerEm = head.getUint16(18);
  const metricCount = hhea.getUint16(34);
  const advanceOf = (glyph: number) => hmtx.getUint16(4 * Math.min(glyph, metricCount - 1));
  const advances = new Map<number, number>();
  for (const [codePoint, glyph] of readCmap(need(tables, 'cmap'))) {
    if (glyph !== 0) advances.set(codePoint, advanceOf(glyph));
  }
  return { unitsPerEm, advances };
}

function need(tables: Tables, tag: string): DataView {
  const table = tables.get(tag);
  if (!table) throw new Error(`font has no "${tag}" table`);
  return table;
}

function readTables(data: Uint8Array): Tables {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const signature = view.getUint32(0);
  const tables: Tables = new Map();
  const tag = (at: number) => String.fromCharCode(data[at]!, data[at + 1]!, data[at + 2]!, data[at + 3]!);
  if (signature === 0x774f4646) {
    // WOFF 1: a table directory after a 44-byte header; each table zlib-compressed unless that saves nothing.
    const count = view.getUint16(12);
    for (let i = 0; i < count; i++) {
      const entry = 44 + i * 20;
      const offset = view.getUint32(entry + 4);
      const compressed = view.getUint32(entry + 8);
      const original = view.getUint32(entry + 12);
      const raw = data.subarray(offset, offset + compressed);
      const bytes = compressed < original ? inflateSync(raw) : raw;
      tables.set(tag(entry), new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    }
    return tables;
  }
  if (signature === 0x774f4632) throw new Error('WOFF2 wordt niet ondersteund door satori: gebruik het .woff-, .ttf- of .otf-bestand');
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const entry = 12 + i * 16;
    const offset = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    tables.set(tag(entry), new DataView(data.buffer, data.byteOffset + offset, length));
  }
  return tables;
}

/** Unicode subtables of the cmap, preferring the full-range format 12 over the BMP-only format 4. */
function readCmap(cmap: DataView): Map<number, number> {
  const count = cmap.getUint16(2);
  let format4 = -1;
  for (let i = 0; i < count; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    const format = cmap.getUint16(offset);
    if (format === 12 && (platform === 3 || platform === 0)) return readFormat12(cmap, offset);
    if (format === 4 && (platform === 3 || platform === 0)) format4 = offset;
  }
  if (format4 < 0) throw new Error('font has no Unicode character map');
  return readFormat4(cmap, format4);
}

function readFormat12(cmap: DataView, at: number): Map<number, number> {
  const map = new Map<number, number>();
  const groups = cmap.getUint32(at + 12);
  for (let i = 0; i < groups; i++) {
    const group = at + 16 + i * 12;
    const start = cmap.getUint32(group);
    const end = cmap.getUint32(group + 4);
    const glyph = cmap.getUint32(group + 8);
    for (let code = start; code <= end; code++) map.set(code, glyph + code - start);
  }
  return map;
}

function readFormat4(cmap: DataView, at: number): Map<number, number> {
  const map = new Map<number, number>();
  const segments = cmap.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const start = cmap.getUint16(starts + s * 2);
    const end = cmap.getUint16(ends + s * 2);
    const delta = cmap.getInt16(deltas + s * 2);
    const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const glyphAt = rangeOffsets + s * 2 + rangeOffset + (code - start) * 2;
        const raw = cmap.getUint16(glyphAt);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      map.set(code, glyph);
    }
  }
  return map;
}
