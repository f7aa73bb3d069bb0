/** A date written in YAML that is not on the calendar, with its 1-based line in the YAML text. */
export interface ImpossibleDate {
  line: number;
  field: string;
  value: string;
}

/**
 * Dates like 2021-02-30 that YAML silently rolls over to another day (2021-03-02).
 * The schema only sees the rolled-over date, so the text itself is checked, by `npm run check`
 * and so by every build (the content gate runs the check first).
 */
export function findImpossibleDates(yamlText: string): ImpossibleDate[] {
  return yamlText.split(/\r?\n/).flatMap((text, index) => {
    const match = /^\s*(?:-\s+)?([\w.-]+)\s*:\s*["']?(\d{4})-(\d{2})-(\d{2})["']?\s*(?:#.*)?$/.exec(text);
    if (!match) return [];
    const [, field, year, month, day] = match as unknown as [string, string, string, string, string];
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    const valid = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
    return valid ? [] : [{ line: index + 1, field, value: `${year}-${month}-${day}` }];
  });
}
