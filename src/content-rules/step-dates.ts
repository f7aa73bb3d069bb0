import type { RuleEntry } from './types.ts';

/** How far before the opening and after the closing a follow-up step may lie before it is suspicious (a typo in the year). */
export const FOLLOW_UP_YEARS = { before: 1, after: 10 } as const;

/** How long a dialogue may have run before its closing date when site.yaml gives no opening date. */
export const LONGEST_DIALOGUE_YEARS = 5;

/**
 * The dialogue's period for dated content: openedOn to closedOn from site.yaml. Without openedOn,
 * the period starts LONGEST_DIALOGUE_YEARS before the closing, so a story dated 1921 (a typo for
 * 2021) still warns, as it would with an opening date.
 */
export function dialoguePeriod(openedOn: Date | undefined, closedOn: Date | undefined): { from?: Date; to?: Date } {
  const from =
    openedOn ??
    (closedOn
      ? new Date(Date.UTC(closedOn.getUTCFullYear() - LONGEST_DIALOGUE_YEARS, closedOn.getUTCMonth(), closedOn.getUTCDate()))
      : undefined);
  return { ...(from ? { from } : {}), ...(closedOn ? { to: closedOn } : {}) };
}

/** The period follow-up steps are expected in: the dialogue's period widened by FOLLOW_UP_YEARS. */
export function followUpPeriod(period: { from?: Date | undefined; to?: Date | undefined }): { from?: Date; to?: Date } {
  const shift = (date: Date, years: number) => new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()));
  return {
    ...(period.from ? { from: shift(period.from, -FOLLOW_UP_YEARS.before) } : {}),
    ...(period.to ? { to: shift(period.to, FOLLOW_UP_YEARS.after) } : {}),
  };
}

/** The dated steps of a follow-up with the file line of each date, in order. */
export function followUpSteps(entry: RuleEntry): { date: Date; line: number }[] {
  const updates = entry.data?.['updates'];
  if (entry.collection !== 'followups' || !Array.isArray(updates)) return [];
  const lines = entry.yamlText.split('\n');
  let from = Math.max(
    0,
    lines.findIndex((line) => /^updates\s*:/.test(line)),
  );
  return updates.flatMap((update: { date?: { date?: unknown } }) => {
    const date = update.date?.date;
    if (!(date instanceof Date)) return [];
    const written = date.toISOString().slice(0, 7);
    // The step's own date: the first `date:` of that day or month below the previous step that is not a source's.
    const index = lines.findIndex((line, at) => at >= from && new RegExp(`^\\s*(- )?date:\\s*['"]?${written}`).test(line));
    if (index >= 0) from = index + 1;
    return [{ date, line: entry.lineOffset + (index >= 0 ? index + 1 : 1) }];
  });
}
