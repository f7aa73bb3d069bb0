import type { Track } from '../schemas/shared.ts';
import { TRACKS } from '../schemas/shared.ts';
import { anyExample } from './example.ts';

interface TableLike {
  track: Track;
  participants: number;
  date: Date;
  region: string;
  example: boolean;
}

/** Key figures of the dialogue, computed from the tables so no number is typed twice. */
export interface KeyFigures {
  tables: number;
  participants: number;
  byTrack: { track: Track; tables: number; participants: number }[];
  regions: number;
  firstDate: Date | undefined;
  lastDate: Date | undefined;
  /** True when any table summed is an example: every figure here then is one too. */
  example: boolean;
}

/** Sums tables and participants, overall and per track (in the fixed track order). */
export function computeKeyFigures(tables: readonly TableLike[]): KeyFigures {
  const byTrack = TRACKS.map((track) => {
    const rows = tables.filter((table) => table.track === track);
    return { track, tables: rows.length, participants: rows.reduce((sum, row) => sum + row.participants, 0) };
  });
  const times = tables.map((table) => table.date.getTime());
  return {
    tables: tables.length,
    participants: byTrack.reduce((sum, row) => sum + row.participants, 0),
    byTrack,
    regions: new Set(tables.map((table) => table.region).filter((region) => region !== 'landelijk')).size,
    firstDate: times.length > 0 ? new Date(Math.min(...times)) : undefined,
    lastDate: times.length > 0 ? new Date(Math.max(...times)) : undefined,
    example: anyExample(tables),
  };
}
