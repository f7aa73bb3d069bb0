/** The chart modules' formatting: the one Dutch formatter (src/i18n/format.ts) and the dates of the data. */
export { formatDate, formatNumber, formatPeriod, formatShortMonth, formatWithUnit, formatYear } from '../i18n/format.ts';
export { parseDate, type DatePrecision, type ParsedDate } from '../schemas/record-date.ts';
