/**
 * The one Dutch formatter of numbers and dates: pages, charts, cards, feeds, the PDF and the
 * CMS preview all write 1.234 and 12,5, "26 mei 2021", "mei 2021" or "2021" through here.
 * Plain Intl, so the CMS bundle carries no chart library for it.
 */

/** A date and how exact the record is (src/schemas/record-date.ts); a bare Date is a day. */
interface DatedValue {
  date: Date;
  precision: 'day' | 'month' | 'year';
}

// Made once: building an Intl formatter costs far more than formatting, and story cards format a date each.
const WHOLE = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('nl-NL', { ...options, timeZone: 'UTC' });
const LONG_DAY = utc({ day: 'numeric', month: 'long', year: 'numeric' });
const LONG_MONTH = utc({ month: 'long', year: 'numeric' });
const MONTH = utc({ month: 'long' });
const YEAR = utc({ year: 'numeric' });
/** Axis ticks abbreviate months as Dutch style guides do, without Intl's full stop ("mrt", not "mrt."). */
const SHORT_MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/**
 * A number as Dutch readers write it: 1.234 and 12,5. Whole numbers get no decimals, others one
 * (rounded half away from zero); a negative number takes the minus sign (−3), not a hyphen.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  // "-0" and float noise like 2.0000001 print as whole numbers.
  const rounded = Math.round(value * 10) / 10 + 0;
  const text = Number.isInteger(rounded) ? WHOLE.format(rounded) : ONE_DECIMAL.format(rounded);
  return text.replace('-', '\u2212');
}

/** A number with its unit in the right grammatical number: "1 tafel", "12 tafels". */
export function formatWithUnit(value: number, unit: { one: string; other: string }): string {
  const word = value === 1 ? unit.one : unit.other;
  return word ? `${formatNumber(value)} ${word}` : formatNumber(value);
}

/** A date as precise as its record: "26 mei 2021", "mei 2021" or "2021". Dates are UTC midnight, so formatted in UTC. */
export function formatDate(value: Date | DatedValue): string {
  const { date, precision } = value instanceof Date ? { date: value, precision: 'day' as const } : value;
  return (precision === 'day' ? LONG_DAY : precision === 'month' ? LONG_MONTH : YEAR).format(date);
}

/** A period in words without repeating the year: "februari–mei 2021", "november 2020–januari 2021". */
export function formatPeriod(start: DatedValue, end?: DatedValue): string {
  if (!end || end.date.getTime() === start.date.getTime()) return formatDate(start);
  const sameYear = start.date.getUTCFullYear() === end.date.getUTCFullYear();
  if (sameYear && start.precision === 'month' && end.precision === 'month') return `${MONTH.format(start.date)}–${formatDate(end)}`;
  return `${formatDate(start)}–${formatDate(end)}`;
}

/** The short month for axis ticks: "feb". */
export function formatShortMonth(date: Date): string {
  return SHORT_MONTHS[date.getUTCMonth()]!;
}

/** The year for axis ticks: "2021". */
export function formatYear(date: Date): string {
  return YEAR.format(date);
}
