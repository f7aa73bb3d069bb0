import { formatLocale, timeFormatLocale } from 'd3';
import { parseDate, type DatePrecision, type ParsedDate } from '../schemas/record-date.ts';

export { parseDate, type DatePrecision, type ParsedDate };

/** Dutch number conventions: decimal comma, dot between thousands. */
const numberLocale = formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['€\u00a0', ''] });

const timeLocale = timeFormatLocale({
  dateTime: '%a %e %B %Y %X',
  date: '%d-%m-%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  shortDays: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  shortMonths: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
});

const integer = numberLocale.format(',d');
const oneDecimal = numberLocale.format(',.1f');

/** A number as Dutch readers write it: 1.234 and 12,5. Whole numbers get no decimals; others one. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  // "-0" and float noise like 2.0000001 print as whole numbers.
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? integer(rounded) : oneDecimal(rounded);
}

/** A number with its unit in the right grammatical number: "1 tafel", "12 tafels". */
export function formatWithUnit(value: number, unit: { one: string; other: string }): string {
  const word = value === 1 ? unit.one : unit.other;
  return word ? `${formatNumber(value)} ${word}` : formatNumber(value);
}

const longDay = timeLocale.utcFormat('%-d %B %Y');
const longMonth = timeLocale.utcFormat('%B %Y');
const shortMonth = timeLocale.utcFormat('%b');
const year = timeLocale.utcFormat('%Y');

/** A date as precise as its source: "26 mei 2021", "mei 2021" or "2021". */
export function formatDate({ date, precision }: ParsedDate): string {
  return precision === 'day' ? longDay(date) : precision === 'month' ? longMonth(date) : year(date);
}

/** A period in words without repeating the year: "februari–mei 2021", "november 2020–januari 2021". */
export function formatPeriod(start: ParsedDate, end?: ParsedDate): string {
  if (!end || end.date.getTime() === start.date.getTime()) return formatDate(start);
  const sameYear = start.date.getUTCFullYear() === end.date.getUTCFullYear();
  if (sameYear && start.precision === 'month' && end.precision === 'month') {
    return `${timeLocale.utcFormat('%B')(start.date)}–${formatDate(end)}`;
  }
  return `${formatDate(start)}–${formatDate(end)}`;
}

/** The short month for axis ticks: "feb". */
export function formatShortMonth(date: Date): string {
  return shortMonth(date);
}

/** The year for axis ticks: "2021". */
export function formatYear(date: Date): string {
  return year(date);
}
