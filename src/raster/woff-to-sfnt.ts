import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const WOFF_HEADER_SIZE = 44;
const WOFF_ENTRY_SIZE = 20;
const SFNT_HEADER_SIZE = 12;
const SFNT_ENTRY_SIZE = 16;

/**
 * Converts a WOFF 1.0 font to the plain TrueType/OpenType (SFNT) bytes it wraps.
 * resvg only reads TTF/OTF, while the site's font package ships WOFF and WOFF2; WOFF 1.0
 * is only zlib-compressed tables, so node:zlib unpacks it without another dependency.
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (input.length < WOFF_HEADER_SIZE || input.readUInt32BE(0) !== WOFF_SIGNATURE) {
    throw new Error('woffToSfnt: not a WOFF 1.0 file (WOFF2 is not supported)');
  }
  const flavor = input.readUInt32BE(4);
  const numTables = input.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const at = WOFF_HEADER_SIZE + index * WOFF_ENTRY_SIZE;
    const offset = input.readUInt32BE(at + 4);
    const compLength = input.readUInt32BE(at + 8);
    const origLength = input.readUInt32BE(at + 12);
    const raw = input.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    if (data.length !== origLength) throw new Error('woffToSfnt: table length does not match the directory');
    return { tag: input.readUInt32BE(at), checksum: input.readUInt32BE(at + 16), data };
  });

  const padded = (length: number) => (length + 3) & ~3;
  const size = SFNT_HEADER_SIZE + numTables * SFNT_ENTRY_SIZE + tables.reduce((sum, t) => sum + padded(t.data.length), 0);
  const out = Buffer.alloc(size);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);

  let dataOffset = SFNT_HEADER_SIZE + numTables * SFNT_ENTRY_SIZE;
  tables.forEach((table, index) => {
    const at = SFNT_HEADER_SIZE + index * SFNT_ENTRY_SIZE;
    out.writeUInt32BE(table.tag, at);
    out.writeUInt32BE(table.checksum, at + 4);
    out.writeUInt32BE(dataOffset, at + 8);
    out.writeUInt32BE(table.data.length, at + 12);
    table.data.copy(out, dataOffset);
    dataOffset += padded(table.data.length);
  });
  return out;
}
