import { describe, expect, it } from 'vitest';
import { accessibilityStatementSchema } from '../schemas/accessibility-statement.ts';
import { checkStatement } from './statement-check.ts';

const statement = (fields: Record<string, unknown>) =>
  accessibilityStatementSchema.parse({ statementDate: new Date('2026-01-10'), ...fields });
const evaluation = (date: string) => ({ date: new Date(date), method: 'WCAG-EM', by: 'Proefbureau' });
const build = new Date('2026-12-01T00:00:00Z');

describe('checkStatement', () => {
  it('is content with a status and an evaluation of less than a year before the build date', () => {
    expect(checkStatement(statement({ status: 'B', evaluations: [evaluation('2026-03-01')] }), build)).toEqual([]);
  });

  it('warns when the status is missing or E', () => {
    expect(checkStatement(statement({ evaluations: [evaluation('2026-03-01')] }), build).map((w) => w.field)).toEqual(['statement.status']);
    expect(checkStatement(statement({ status: 'E', evaluations: [evaluation('2026-03-01')] }), build)[0]!.message).toContain('status E');
  });

  it('warns when the newest evaluation is more than a year older than the build, not the clock', () => {
    const old = statement({ status: 'C', evaluations: [evaluation('2024-02-01'), evaluation('2025-11-01')] });
    expect(checkStatement(old, build)[0]!.message).toContain('2025-11-01');
    expect(checkStatement(old, new Date('2026-06-01'))).toEqual([]);
  });

  it('warns when there is no statement or no evaluation at all', () => {
    expect(checkStatement(undefined, build).map((w) => w.field)).toEqual(['statement']);
    expect(checkStatement(statement({ status: 'C' }), build).map((w) => w.field)).toEqual(['statement.evaluations']);
  });

  it('refuses a WCAG criterion that is not one', () => {
    const result = accessibilityStatementSchema.safeParse({
      statementDate: new Date('2026-01-10'),
      knownProblems: [{ description: 'Grafieken hebben te weinig contrast.', wcag: ['1.4'], measure: 'Nieuwe kleuren.' }],
    });
    expect(result.success).toBe(false);
  });
});
