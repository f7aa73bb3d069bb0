import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { formatRowProblem, issuesToProblems } from '../messages/content-problems.ts';
import { readImportRecords } from './import-rows.ts';
import { findBrokenReferences, referencingEntries } from '../data/references.ts';
import { followUpSchema } from '../schemas/followup.ts';
import { COLLECTION_TABLE } from '../collections/collection-table.ts';
import { SLUG_PATTERN } from '../schemas/shared.ts';
import { readFrontMatter } from '../model/front-matter.ts';
import { mapHeadings, normaliseCell, plainText } from './import-columns.ts';

/**
 * A spreadsheet of follow-ups: one row per step. The columns of the follow-up itself are
 * repeated on every row of its steps, or filled on its first row only.
 */
const FOLLOW_UP_COLUMNS: Record<string, { field: string; aliases: readonly string[]; required?: boolean }> = {
  id: { field: 'id', aliases: ['opvolging', 'id', 'slug'], required: true },
  title: { field: 'title', aliases: ['titel', 'title'], required: true },
  summary: { field: 'summary', aliases: ['samenvatting', 'summary'], required: true },
  responsible: { field: 'responsible', aliases: ['verantwoordelijk', 'verantwoordelijke', 'responsible'] },
  responsibleSource: { field: 'responsibleSource', aliases: ['verantwoordelijkbron', 'bronverantwoordelijk'] },
  due: { field: 'due', aliases: ['beoogdklaar', 'einddatum', 'due'] },
  themes: { field: 'themes', aliases: ['themas', 'thema', 'themes'] },
  insights: { field: 'insights', aliases: ['inzichten', 'insights'] },
  chapters: { field: 'chapters', aliases: ['hoofdstukken', 'chapters'] },
  tables: { field: 'tables', aliases: ['tafels', 'tables'] },
  example: { field: 'example', aliases: ['voorbeeld', 'example'] },
  date: { field: 'step.date', aliases: ['datum', 'stapdatum', 'date'] },
  text: { field: 'step.text', aliases: ['tekst', 'stap', 'text'], required: true },
  stepStatus: { field: 'step.status', aliases: ['stapstatus', 'nieuwestatus'] },
  source: { field: 'step.source', aliases: ['bron', 'bronid', 'source'] },
  stepExample: { field: 'step.example', aliases: ['stapvoorbeeld'] },
};
const LISTS = ['themes', 'insights', 'chapters', 'tables'];
const FIELD_ORDER = ['title', 'summary', 'responsible', 'due', 'updates', ...LISTS, 'example'];

/** Ids a follow-up may point to, per reference collection (themes, insights, chapters, tables, statuses). */
export type KnownFollowUpIds = Record<string, ReadonlySet<string>>;

/** One follow-up file the import would write. */
export interface PlannedFollowUp {
  id: string;
  /** Path relative to the content folder. */
  path: string;
  content: string;
  /** True when it replaces the front matter of an existing file (whose text stays). */
  replaces: boolean;
}

/** What a follow-up import would do; nothing is written yet. */
export interface FollowUpImportPlan {
  fatal: string[];
  read: number;
  accepted: PlannedFollowUp[];
  alreadyPresent: string[];
  rejected: { id: string; lines: number[]; reasons: string[] }[];
}

/** Dates as JJJJ-MM-DD, JJJJ-MM or JJJJ, also from DD-MM-JJJJ and MM-JJJJ, as text so the schema keeps their precision. */
const recordDateCell = (raw: string) => {
  const value = normaliseCell('date', raw);
  const month = /^(\d{1,2})[-/.](\d{4})$/.exec(value);
  return month ? `${month[2]}-${month[1]!.padStart(2, '0')}` : value;
};
const listCell = (raw: string) =>
  plainText(raw)
    .split(/[;,|]/)
    .map((part) => part.trim())
    .filter(Boolean);
const yesNo = (raw: string) => normaliseCell('example', raw) === 'ja';

/**
 * Reads a spreadsheet of follow-up steps, groups the rows per follow-up, validates each
 * follow-up with the content schema and its references, and plans one Markdown file per
 * follow-up. A follow-up whose rows disagree, fail the schema or point nowhere is rejected
 * with every reason and its row numbers; none disappears silently.
 */
export function planFollowUpImport(
  text: string,
  file: string,
  contentDir: string,
  known: KnownFollowUpIds,
  replace: boolean,
): FollowUpImportPlan {
  const plan: FollowUpImportPlan = { fatal: [], read: 0, accepted: [], alreadyPresent: [], rejected: [] };
  const records = readImportRecords(text, file, plan.fatal);
  if (!records) return plan;
  const mapping = mapHeadings(
    records.columns,
    Object.values(FOLLOW_UP_COLUMNS).map((column) => ({
      field: column.field,
      aliases: column.aliases,
      label: column.aliases[0]!,
      required: column.required === true,
    })),
  );
  const fields = mapping.fields;
  plan.fatal.push(...mapping.problems);
  plan.read = records.rows.length;
  if (records.rows.length === 0) plan.fatal.push('het bestand bevat geen rijen onder de kopregel');
  if (plan.fatal.length > 0) return plan;

  const groups = new Map<string, { lines: number[]; rows: Record<string, string>[] }>();
  for (const { line, cells } of records.rows) {
    const row = Object.fromEntries(fields.map((field, index) => [field!, plainText(cells[index] ?? '')]));
    const id = row['id'] ?? '';
    const group = groups.get(id) ?? { lines: [], rows: [] };
    group.lines.push(line);
    group.rows.push(row);
    groups.set(id, group);
  }
  for (const [id, { lines, rows }] of groups) {
    const reasons: string[] = [];
    if (!SLUG_PATTERN.test(id))
      reasons.push(`"${id}" is geen bruikbare id: gebruik kleine letters, cijfers en streepjes; de id wordt de bestandsnaam`);
    const data: Record<string, unknown> = {};
    for (const column of Object.values(FOLLOW_UP_COLUMNS).filter((c) => !c.field.startsWith('step.') && c.field !== 'id')) {
      const values = [...new Set(rows.map((row) => row[column.field] ?? '').filter(Boolean))];
      if (values.length > 1)
        reasons.push(
          `kolom ${column.aliases[0]}: de rijen van deze opvolging zeggen verschillende dingen (${values.map((v) => `"${v}"`).join(', ')})`,
        );
      const value = values[0];
      if (value === undefined) continue;
      if (LISTS.includes(column.field))
        data[column.field] = column.field === 'tables' ? listCell(value) : listCell(value).map((item) => normaliseCell('theme', item));
      else if (column.field === 'example') data[column.field] = yesNo(value);
      else if (column.field === 'due') data[column.field] = recordDateCell(value);
      else data[column.field] = value;
    }
    // Who is responsible, with the source that says so: two columns, one field.
    if (typeof data['responsible'] === 'string') {
      data['responsible'] = {
        name: data['responsible'],
        ...(data['responsibleSource'] ? { source: String(data['responsibleSource']).toLowerCase() } : {}),
      };
    } else if (data['responsibleSource']) {
      reasons.push('kolom verantwoordelijk bron is ingevuld maar verantwoordelijk niet: noem wie verantwoordelijk is, of laat beide leeg');
    }
    delete data['responsibleSource'];
    // A step without its own date is dated by its source ("genoemd op"), so the date cell may stay empty.
    data['updates'] = rows.map((row) => ({
      ...(row['step.date'] ? { date: recordDateCell(row['step.date']) } : {}),
      text: row['step.text'] ?? '',
      ...(row['step.status'] ? { status: row['step.status'].toLowerCase() } : {}),
      ...(row['step.source'] ? { source: row['step.source'].toLowerCase() } : {}),
      ...(yesNo(row['step.example'] ?? '') ? { example: true } : {}),
    }));
    const parsed = followUpSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) reasons.push(...issuesToProblems(parsed.error.issues, file).map(formatRowProblem));
    else reasons.push(...referenceProblems(parsed.data, file, known));
    const target = path.join(COLLECTION_TABLE.followups.folder, `${id}.${COLLECTION_TABLE.followups.newExtension}`);
    const existing = existsSync(path.join(contentDir, target))
      ? readFrontMatter(readFileSync(path.join(contentDir, target), 'utf8'))
      : undefined;
    if (reasons.length === 0 && existing && JSON.stringify(followUpSchema.safeParse(existing.data).data) === JSON.stringify(parsed.data)) {
      plan.alreadyPresent.push(id);
      continue;
    }
    if (existing && !replace)
      reasons.push(
        `${target} bestaat al met andere gegevens: pas dat bestand aan, of importeer met --replace (de tekst onder de front matter blijft dan staan)`,
      );
    if (reasons.length > 0) {
      plan.rejected.push({ id, lines, reasons });
      continue;
    }
    const body = existing?.body.replace(/^\n+/, '') ?? '';
    // In the order `npm run new` writes them, so an imported file reads like a scaffolded one.
    const ordered = Object.fromEntries(FIELD_ORDER.filter((field) => field in data).map((field) => [field, data[field]]));
    plan.accepted.push({
      id,
      path: target,
      content: `---\n${yaml.dump(ordered, { lineWidth: -1, noRefs: true })}---\n${body ? `\n${body}` : ''}`,
      replaces: existing !== undefined,
    });
  }
  return plan;
}

/** The follow-up's references that point nowhere, found by the one reference check. */
function referenceProblems(data: Record<string, unknown>, file: string, known: KnownFollowUpIds): string[] {
  return findBrokenReferences(referencingEntries('followups', data, file), known).map(formatRowProblem);
}
